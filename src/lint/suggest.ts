/** "Did you mean …?" for mistyped rule ids and format names. */
import type { LocalizedText } from "../diagnostics/index.js";

/** The candidate closest to `input` by edit distance, when it is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...candidates].sort()) {
    const distance = editDistance(input, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= limit) return best;
  // A cut-off id ("consent-withdraw") is no typo but still means the shortest id it starts.
  return input.length >= 4 ? [...candidates].filter((c) => c.startsWith(input)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0] : undefined;
}

/** ` Bedoelt u "x"?` / ` Did you mean "x"?`, or empty text when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[]): LocalizedText {
  const match = closestMatch(input, candidates);
  return match === undefined
    ? { nl: "", en: "" }
    : { nl: ` Bedoelt u "${match}"?`, en: ` Did you mean "${match}"?` };
}

/** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}
