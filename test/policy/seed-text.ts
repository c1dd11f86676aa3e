/**
 * Sentences of a published notice and the published text of a policy, so tests can prove that a
 * policy carries its source notice whole (every sentence is there) and adds nothing (every text of
 * the policy is found in the source, in the source's order).
 */
import { toJsonPointer, type PolicyPath } from "../../src/diagnostics/index.js";

/** Keys whose string values are published wording rather than codes, ids or declarations. */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  "text",
  "after",
  "consequences",
  "legitimateInterest",
  "notApplicable",
  "title",
  "label",
  "topicsLead",
  "closing",
  "timing",
  "measures",
  "copyAvailable",
  "compellingInterest",
  "logic",
  "essence",
]);

/**
 * One line of prose with its whitespace collapsed and a leading list marker removed: a bullet
 * (`•`, Markdown `-`/`*`, `1.`) or the `: ` of a Markdown definition list, which are layout, not words.
 */
export function normaliseLine(line: string): string {
  return line
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^(?:[•◦▪*-]|\d+[.)]|:)\s+/u, "");
}

/**
 * Splits one line at sentence ends. A sentence end is `.`, `!` or `?` followed by a capital or an
 * opening quote or parenthesis, so abbreviations such as "bijv. bij" and "o.a. het" stay whole.
 */
export function splitSentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])/u).filter((sentence) => sentence.length > 0);
}

/** The sentences of a text: one per list item or line, then split at sentence ends. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map(normaliseLine)
    .filter((line) => line.length > 0)
    .flatMap(splitSentences);
}

export interface TextField {
  readonly path: PolicyPath;
  readonly text: string;
}

/** Every string under a text-like key, in document order (YAML keeps the order of the file). */
export function textFields(value: unknown, path: PolicyPath = []): TextField[] {
  if (Array.isArray(value)) return value.flatMap((item: unknown, index) => textFields(item, [...path, index]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]): TextField[] =>
    typeof child === "string"
      ? TEXT_KEYS.has(key)
        ? [{ path: [...path, key], text: child }]
        : []
      : textFields(child, [...path, key]),
  );
}

/** The sentences that occur in none of the fields (whitespace normalised on both sides). */
export function missingSentences(sentences: readonly string[], fields: readonly TextField[]): string[] {
  const haystacks = fields.map((field) => field.text.replace(/\s+/gu, " "));
  return sentences.filter((sentence) => !haystacks.some((haystack) => haystack.includes(sentence)));
}

export interface OrderProblem {
  readonly pointer: string;
  readonly sentence: string;
  /** Whether the sentence is in the source at all (then it is out of order, else invented). */
  readonly inSource: boolean;
}

/**
 * Walks the fields in order and finds each of their sentences in `source` at or after the end of the
 * previous match (earliest match first, which is optimal for an in-order check). Sentences that
 * cannot be found that way are returned; an empty result means the fields follow the source's order.
 */
export function orderProblems(fields: readonly TextField[], source: string): OrderProblem[] {
  const problems: OrderProblem[] = [];
  let cursor = 0;
  for (const field of fields) {
    for (const sentence of sentencesOf(field.text)) {
      const at = source.indexOf(sentence, cursor);
      if (at === -1) {
        problems.push({ pointer: toJsonPointer(field.path), sentence, inSource: source.includes(sentence) });
      } else {
        cursor = at + sentence.length;
      }
    }
  }
  return problems;
}
