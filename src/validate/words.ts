/** Small wording helpers shared by the validate stage's messages, in both languages. */
import type { LocalizedText, PolicyPath } from "../diagnostics/index.js";

/** A value as shown inside a message: one line, at most 60 characters, in backticks. */
export function code(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, " ").trim();
  const shown = line.length > 60 ? `${line.slice(0, 57)}…` : line;
  return `\`${shown.replaceAll("`", "'")}\``;
}

/** `a`, `b` en `c` / `a`, `b` and `c`; `or` lists with `of` / `or`. */
export function list(items: readonly string[], joiner: "and" | "or"): LocalizedText {
  const quoted = items.map((item) => code(item));
  const join = (word: string): string =>
    quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} ${word} ${quoted.at(-1) ?? ""}`;
  return joiner === "and" ? { nl: join("en"), en: join("and") } : { nl: join("of"), en: join("or") };
}

/** What a path names in a sentence: "`title`", or "item 2 van `rights`" for list items. */
export function fieldName(path: PolicyPath): LocalizedText {
  const last = path.at(-1);
  if (last === undefined) return { nl: "de policy", en: "the policy" };
  if (typeof last === "string") return { nl: code(last), en: code(last) };
  const owner = path.at(-2);
  const ownerName = owner === undefined ? "" : ` ${code(owner)}`;
  return { nl: `item ${last + 1} van${ownerName || " de lijst"}`, en: `item ${last + 1} of${ownerName || " the list"}` };
}

/** JSON Schema type names in plain words. */
export function typeWords(type: string): LocalizedText {
  switch (type) {
    case "string":
      return { nl: "tekst", en: "text" };
    case "object":
      return { nl: "een groep velden (naam: waarde)", en: "a group of fields (name: value)" };
    case "array":
      return { nl: "een lijst", en: "a list" };
    case "boolean":
      return { nl: "`true` of `false`", en: "`true` or `false`" };
    case "integer":
      return { nl: "een geheel getal", en: "a whole number" };
    case "number":
      return { nl: "een getal", en: "a number" };
    default:
      return { nl: "leeg", en: "empty" };
  }
}

/** What a value actually is, in plain words, for "… but this is …". */
export function valueWords(value: unknown): LocalizedText {
  if (value === null || value === undefined) return { nl: "niets (een lege waarde)", en: "nothing (an empty value)" };
  if (Array.isArray(value)) return { nl: "een lijst", en: "a list" };
  switch (typeof value) {
    case "string":
      return { nl: `tekst (${code(value)})`, en: `text (${code(value)})` };
    case "number":
      return { nl: `het getal ${code(value)}`, en: `the number ${code(value)}` };
    case "boolean":
      return { nl: code(value), en: code(value) };
    default:
      return { nl: "een groep velden", en: "a group of fields" };
  }
}

/** Joins localized fragments with a space, skipping missing ones. */
export function sentence(...parts: readonly (LocalizedText | undefined)[]): LocalizedText {
  const present = parts.filter((part): part is LocalizedText => part !== undefined);
  return { nl: present.map((part) => part.nl).join(" "), en: present.map((part) => part.en).join(" ") };
}

/** A schema description as a trailing explanation: "`title`: Titel van …". */
export function explained(name: string, description: LocalizedText | undefined): LocalizedText | undefined {
  if (!description) return undefined;
  return { nl: `${code(name)}: ${description.nl}`, en: `${code(name)}: ${description.en}` };
}
