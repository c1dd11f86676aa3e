/** Helpers the handlers share: names of chapters, codes and declared parties, and id sets. */
import type { Language, PolicyPath } from "../../diagnostics/index.js";
import type { DiffContext, SideName } from "../context.js";
import { joinWords } from "../words.js";

/** " in hoofdstuk ‘U bent een klant’" for a path inside a chapter, else "". */
export function inChapter(context: DiffContext, side: SideName, path: PolicyPath, language: Language): string {
  if (path[0] !== "chapters" || typeof path[1] !== "number") return "";
  const title = context.policy(side).chapters[path[1]]?.title;
  if (title === undefined) return "";
  return language === "nl" ? ` in hoofdstuk ‘${title}’` : ` in chapter ‘${title}’`;
}

/** The plain-words label of a code, falling back to the code itself. */
export function codeLabel(context: DiffContext, def: string, code: string, language: Language): string {
  return context.schema.enumLabel(def, code, language) ?? code;
}

/** Labels of several codes, joined. */
export function codeLabels(context: DiffContext, def: string, codes: readonly string[], language: Language): string {
  if (codes.length === 0) return language === "nl" ? "geen" : "none";
  return joinWords(codes.map((code) => codeLabel(context, def, code, language)), language);
}

/** The strings of a list value (an id list or list of codes); anything else is empty. */
export function stringList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** The declared name of a recipient or source, else its key. */
export function declaredName(context: DiffContext, side: SideName, map: "recipients" | "sources", key: string): string {
  const name = context.policy(side)[map]?.[key]?.name;
  return name ?? key;
}

/** Items added to and removed from a set, in list order. */
export function setChanges(before: readonly string[], after: readonly string[]): { readonly added: string[]; readonly removed: string[] } {
  return {
    added: after.filter((item, index) => !before.includes(item) && after.indexOf(item) === index),
    removed: before.filter((item, index) => !after.includes(item) && before.indexOf(item) === index),
  };
}

/** Where a value occurs in a list, as a path (for reporting an added or removed entry). */
export function indexPath(listPath: PolicyPath, list: unknown, item: string): PolicyPath {
  const index = Array.isArray(list) ? list.indexOf(item) : -1;
  return index === -1 ? listPath : [...listPath, index];
}
