/**
 * What the notice page adds for versions: the feed link and the "Wijzigingen" section, the changes
 * since the version before, kept apart from the notice text (templates/partials/changes.hbs).
 */
import type { Language } from "../../diagnostics/index.js";
import type { PolicyChange } from "../../diff/types.js";
import { contentHashOf } from "../json/render-json.js";
import type { NoticePlan } from "./plan.js";

export interface ChangesView {
  readonly heading: string;
  /** "Sinds versie X:" */
  readonly since: string;
  readonly materialHeading: string;
  readonly material: readonly Summary[];
  readonly editorialHeading: string;
  readonly editorial: readonly Summary[];
  /** Shown when the versions differ in nothing the diff sees. */
  readonly none: string | undefined;
}

/** One change's sentence, split at its `code spans` so the template can mark them up. */
export type Summary = readonly { readonly text: string; readonly code: boolean }[];

export interface VersionsView {
  /** The notice's Atom feed, relative to the page. */
  readonly feed: string;
  readonly changes: ChangesView | undefined;
}

const words = {
  nl: {
    heading: "Wijzigingen",
    since: (version: string) => `Wat er is gewijzigd ten opzichte van de vorige versie (${version}).`,
    material: "Wezenlijke wijzigingen",
    editorial: "Redactionele wijzigingen",
    none: "Geen inhoudelijke wijzigingen.",
  },
  en: {
    heading: "Changes",
    since: (version: string) => `What has changed since the previous version (${version}).`,
    material: "Material changes",
    editorial: "Editorial changes",
    none: "No changes in content.",
  },
} as const;

/** The notice language as one of the message languages (Dutch unless English). */
export function languageOf(language: string): Language {
  return language === "en" ? "en" : "nl";
}

/** The page data for a notice's versions. */
export function versionsView(plan: NoticePlan | undefined, language: string): VersionsView {
  const changes = plan?.changes;
  const previous = plan?.previous;
  if (changes === undefined || previous === undefined) return { feed: "feed.xml", changes: undefined };
  const text = words[languageOf(language)];
  const lines = (kind: PolicyChange["classification"]): Summary[] =>
    changes.filter((change) => change.classification === kind).map((change) => segments(change.summary[languageOf(language)]));
  return {
    feed: "feed.xml",
    changes: {
      heading: text.heading,
      since: text.since(previous.version),
      materialHeading: text.material,
      material: lines("material"),
      editorialHeading: text.editorial,
      editorial: lines("editorial"),
      none: changes.length === 0 ? text.none : undefined,
    },
  };
}

/** Splits a diff summary at its backtick code spans. */
export function segments(summary: string): Summary {
  return summary
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? { text: part.slice(1, -1), code: true } : { text: part, code: false }))
    .filter((part) => part.text !== "");
}

/**
 * The `versionChanges` member of the notice JSON (`changes` already names how changes are
 * announced): the changes since the previous version.
 */
export function versionChangesJson(plan: NoticePlan | undefined): object | undefined {
  if (plan?.changes === undefined || plan.previous === undefined) return undefined;
  return {
    previousVersion: plan.previous.version,
    changes: plan.changes.map((change) => ({
      kind: change.kind,
      classification: change.classification,
      path: change.path,
      pathIn: change.pathIn,
      summary: change.summary,
      reason: change.reason,
    })),
  };
}

/**
 * Adds `versionChanges` at the end of a notice JSON text, keeping its layout. `contentHash` is
 * computed again, so the documented way of checking it (docs/json-format.md) still holds.
 */
export function withVersionChanges(json: string, versionChanges: object | undefined): string {
  if (versionChanges === undefined) return json;
  const notice: Record<string, unknown> = { ...(JSON.parse(json) as Record<string, unknown>), versionChanges };
  notice["contentHash"] = contentHashOf(notice);
  return `${JSON.stringify(notice, null, 2)}\n`;
}
