/** Small wording helpers for the change summaries: quotes, excerpts, durations, places, lists. */
import type { Language, LocalizedText, PolicyPath } from "../diagnostics/index.js";
import { durationParts } from "./duration.js";

/** A short quotation of published text: Markdown marks removed, whitespace collapsed, cut at `max`. */
export function quote(text: string, max = 90): string {
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<((?:https?:|mailto:)[^>\s]+|[^>\s@]+@[^>\s]+)>/g, "$1")
    // Emphasis marks around words, not underscores inside e-mail addresses.
    .replace(/(^|\s)[*_]+(?=\S)|(?<=\S)[*_]+(?=\s|$|[.,;:!?)])/g, "$1")
    .replace(/`/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return `‘${plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain}’`;
}

/**
 * The part of a text that changed, with a few words of context on each side, so a one-word fix in a
 * long paragraph reads as that fix.
 */
export function changedExcerpt(before: string, after: string, context = 4): { readonly before: string; readonly after: string } {
  const a = before.replace(/\s+/g, " ").trim().split(" ");
  const b = after.replace(/\s+/g, " ").trim().split(" ");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const from = Math.max(0, start - context);
  const excerpt = (words: string[]): string => {
    const to = Math.min(words.length, words.length - end + context);
    const middle = words.slice(from, to).join(" ");
    return quote(`${from > 0 ? "… " : ""}${middle}${to < words.length ? " …" : ""}`, 160);
  };
  return { before: excerpt(a), after: excerpt(b) };
}

const units: Readonly<Record<"Y" | "M" | "W" | "D", Readonly<Record<Language, readonly [string, string]>>>> = {
  Y: { nl: ["jaar", "jaar"], en: ["year", "years"] },
  M: { nl: ["maand", "maanden"], en: ["month", "months"] },
  W: { nl: ["week", "weken"], en: ["week", "weeks"] },
  D: { nl: ["dag", "dagen"], en: ["day", "days"] },
};

/** An ISO 8601 period in words: `P7Y` → "7 jaar", `P0D` → "direct". */
export function durationWords(period: string | undefined, language: Language): string {
  if (period === undefined) return language === "nl" ? "geen vaste termijn" : "no fixed period";
  const parts = durationParts(period);
  if (!parts) return period;
  const words = (Object.keys(units) as (keyof typeof units)[])
    .filter((unit) => parts[unit] > 0)
    .map((unit) => `${parts[unit]} ${units[unit][language][parts[unit] === 1 ? 0 : 1]}`);
  if (words.length === 0) return language === "nl" ? "direct (geen bewaartermijn)" : "immediately (not kept)";
  return joinWords(words, language);
}

/** "a, b en c" / "a, b and c". */
export function joinWords(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(", ")} ${language === "nl" ? "en" : "and"} ${last}`;
}

/** Both languages from one function of the language. */
export function localized(make: (language: Language) => string): LocalizedText {
  return { nl: make("nl"), en: make("en") };
}

const sectionNames: Readonly<Record<string, LocalizedText>> = {
  title: { nl: "titel", en: "title" },
  introduction: { nl: "inleiding", en: "introduction" },
  controller: { nl: "verwerkingsverantwoordelijke", en: "controller" },
  collection: { nl: "wijze van verzamelen", en: "how data are collected" },
  provision: { nl: "verplichting tot verstrekken", en: "obligation to provide data" },
  categories: { nl: "categorieën persoonsgegevens", en: "categories of personal data" },
  purposes: { nl: "doelen en rechtsgronden", en: "purposes and legal bases" },
  withdrawal: { nl: "intrekken van toestemming", en: "withdrawing consent" },
  recipients: { nl: "ontvangers", en: "recipients" },
  retention: { nl: "bewaartermijnen", en: "retention" },
  transfers: { nl: "doorgifte buiten de EER", en: "transfers outside the EEA" },
  security: { nl: "beveiliging", en: "security" },
  automatedDecisionMaking: { nl: "geautomatiseerde besluitvorming", en: "automated decision-making" },
  rights: { nl: "rechten", en: "rights" },
  contact: { nl: "contact", en: "contact" },
  complaint: { nl: "klachten", en: "complaints" },
  changes: { nl: "wijzigingen van de melding", en: "changes to the notice" },
  sources: { nl: "bronnen", en: "sources" },
  retentionRules: { nl: "bewaarregels", en: "retention rules" },
  contactPoints: { nl: "contactpunten", en: "contact points" },
  dpo: { nl: "functionaris gegevensbescherming", en: "data protection officer" },
  representative: { nl: "vertegenwoordiger", en: "representative" },
  jointControllers: { nl: "gezamenlijke verwerkingsverantwoordelijken", en: "joint controllers" },
  codesOfConduct: { nl: "gedragscodes", en: "codes of conduct" },
};

/**
 * Where a path is, in words: "hoofdstuk ‘U bent een klant’ › doelen en rechtsgronden". Chapter and
 * section titles come from the policy; array indexes and field names that mean nothing to a reader
 * are left out.
 */
export function placeOf(policy: unknown, path: PolicyPath, language: Language): string {
  const names: string[] = [];
  let value: unknown = policy;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as string | number;
    const parent = path[i - 1];
    value = childValue(value, segment);
    if (parent === "chapters" && typeof segment === "number") {
      const title = titleOf(value);
      names.push(language === "nl" ? `hoofdstuk ${title}` : `chapter ${title}`);
    } else if (parent === "sections" && typeof segment === "number") {
      names.push(titleOf(value));
    } else if (typeof segment === "string" && sectionNames[segment]) {
      const name = (sectionNames[segment] as LocalizedText)[language];
      if (names.at(-1) !== name) names.push(name);
    }
  }
  if (names.length === 0) return language === "nl" ? "de melding" : "the notice";
  return names.join(" › ");
}

function titleOf(value: unknown): string {
  const title = (value as { title?: unknown } | undefined)?.title;
  return typeof title === "string" ? `‘${title}’` : "";
}

function childValue(value: unknown, segment: string | number): unknown {
  if (Array.isArray(value)) return typeof segment === "number" ? value[segment] : undefined;
  if (typeof value === "object" && value !== null) return (value as Record<string, unknown>)[String(segment)];
  return undefined;
}
