/**
 * Before a build writes anything: what the previous output (the existing `dist/`) already published,
 * which version each notice now is, whether that version was published with other content (then
 * the build stops), and the version before it, whose changes the page lists.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ToolError, type LocalizedText } from "../../diagnostics/index.js";
import type { Policy } from "../../model/index.js";
import type { PolicyChange } from "../../diff/types.js";
import { WELL_KNOWN_PATH, type PublishedVersion, type WellKnownIndex } from "./types.js";

/** A version of a notice with the policy it was built from. */
export interface HistoryEntry {
  readonly version: string;
  readonly lastUpdated: string | null;
  readonly policy: Policy;
}

export interface NoticePlan {
  readonly id: string;
  readonly policy: Policy;
  /** The version this build publishes; undefined when the policy has neither version nor lastUpdated. */
  readonly version: string | undefined;
  /** The bytes of `v/<version>/policy.json`. */
  readonly policyJson: string;
  /** Versions the previous output published, carried over byte for byte. */
  readonly carried: readonly PublishedVersion[];
  /** Every version, oldest first, the current one included (once). */
  readonly history: readonly HistoryEntry[];
  /** The version before the current one, when there is one. */
  readonly previous: HistoryEntry | undefined;
  /** The latest version of the previous output: what `version-not-bumped` compares with. */
  readonly lastPublished: Policy | undefined;
  /** Changes from `previous` to this version; undefined without a previous version. */
  readonly changes: readonly PolicyChange[] | undefined;
}

export interface VersionPlan {
  /** The previous output folder the carried versions are copied from. */
  readonly previousDir: string;
  readonly notices: ReadonlyMap<string, NoticePlan>;
  /** Versions already published with other content: the build must stop. */
  readonly conflicts: readonly LocalizedText[];
  /** Notices without a version (no versioned copy). */
  readonly warnings: readonly LocalizedText[];
}

/** Versions become folder names and URLs, so they are kept to a safe, readable alphabet. */
const SAFE_VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

/** The version a policy publishes as: `version`, else `lastUpdated`. */
export function versionOf(policy: Policy): string | undefined {
  return policy.version ?? policy.lastUpdated;
}

/** The canonical bytes of a validated policy (`v/<version>/policy.json`). */
export function policyJsonOf(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** Reads the previous output's index; an absent one means nothing was published yet. */
export async function readPublishedIndex(outDir: string): Promise<WellKnownIndex | undefined> {
  const file = join(outDir, WELL_KNOWN_PATH);
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  try {
    const index = JSON.parse(text) as WellKnownIndex;
    if (!Array.isArray(index.notices)) throw new Error("notices is not a list");
    return index;
  } catch (cause) {
    throw new ToolError("output", {
      nl: `${file} is onleesbaar (${(cause as Error).message}); de gepubliceerde versies zijn niet te controleren. Herstel het bestand of bouw in een nieuwe map.`,
      en: `${file} is unreadable (${(cause as Error).message}); the published versions cannot be checked. Repair the file or build into a new folder.`,
    }, { cause });
  }
}

/** Plans the versions of every notice of this build against the previous output in `outDir`. */
export async function planVersions(outDir: string, policies: readonly Policy[], explicitPrevious?: Policy): Promise<VersionPlan> {
  const index = await readPublishedIndex(outDir);
  const notices = new Map<string, NoticePlan>();
  const conflicts: LocalizedText[] = [];
  const warnings: LocalizedText[] = [];
  for (const policy of policies) {
    const published = index?.notices.find((notice) => notice.id === policy.id);
    const carried = published?.versions ?? [];
    const old = await Promise.all(carried.map(async (entry): Promise<HistoryEntry & { text: string }> => {
      const text = await readFile(join(outDir, entry.urls.policy), "utf8").catch((cause: unknown) => {
        throw new ToolError("output", {
          nl: `Gepubliceerde versie ${entry.version} van ${policy.id} mist ${entry.urls.policy}; herstel de vorige uitvoer of bouw in een nieuwe map.`,
          en: `Published version ${entry.version} of ${policy.id} lacks ${entry.urls.policy}; repair the previous output or build into a new folder.`,
        }, { cause });
      });
      return { version: entry.version, lastUpdated: entry.lastUpdated, policy: JSON.parse(text) as Policy, text };
    }));
    const policyJson = policyJsonOf(policy);
    let version = versionOf(policy);
    if (version !== undefined && !SAFE_VERSION.test(version)) {
      warnings.push({
        nl: `${policy.id}: versie "${version}" is geen geldige mapnaam (letters, cijfers, . _ + -); er wordt geen vaste versie gepubliceerd.`,
        en: `${policy.id}: version "${version}" is not a valid folder name (letters, digits, . _ + -); no fixed version is published.`,
      });
      version = undefined;
    } else if (version === undefined) {
      warnings.push({
        nl: `${policy.id}: zonder \`version\` of \`lastUpdated\` wordt geen vaste versie onder v/ gepubliceerd.`,
        en: `${policy.id}: without \`version\` or \`lastUpdated\` no fixed version is published under v/.`,
      });
    }
    const position = version === undefined ? -1 : old.findIndex((entry) => entry.version === version);
    if (position !== -1 && old[position]!.text !== policyJson) {
      conflicts.push({
        nl: `${policy.id}: versie ${version} is al gepubliceerd met andere inhoud; verhoog \`version\` en \`lastUpdated\`.`,
        en: `${policy.id}: version ${version} was already published with other content; raise \`version\` and \`lastUpdated\`.`,
      });
    }
    const history: HistoryEntry[] = old.map(({ version: v, lastUpdated, policy: p }) => ({ version: v, lastUpdated, policy: p }));
    if (version !== undefined && position === -1) history.push({ version, lastUpdated: policy.lastUpdated ?? null, policy });
    const current = version === undefined ? history.length : history.findIndex((entry) => entry.version === version);
    // `build --previous` names the version to compare with, for the notice with its id.
    const given = explicitPrevious?.id === policy.id && policyJsonOf(explicitPrevious) !== policyJson ? explicitPrevious : undefined;
    const previous = given !== undefined
      ? { version: versionOf(given) ?? "?", lastUpdated: given.lastUpdated ?? null, policy: given }
      : current > 0 ? history[current - 1] : undefined;
    notices.set(policy.id, {
      id: policy.id,
      policy,
      version,
      policyJson,
      carried,
      history,
      previous,
      lastPublished: given ?? old.at(-1)?.policy,
      changes: previous === undefined ? undefined : await changesBetween(previous.policy, policy),
    });
  }
  return { previousDir: outDir, notices, conflicts, warnings };
}

/** The semantic changes from one version to the next (src/diff). */
export async function changesBetween(before: Policy, after: Policy): Promise<readonly PolicyChange[]> {
  const { diffPolicies } = await import("../../diff/index.js");
  return (await diffPolicies(before, after, { old: versionOf(before) ?? "", new: versionOf(after) ?? "" })).changes;
}
