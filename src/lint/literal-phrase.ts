/**
 * Finding a lexicon phrase without compiling its pattern. Nearly every phrase is ASCII words, some
 * with a `…` gap between two of them or a `*` stem at the end; its pattern (compilePhrase in
 * lexicon.ts) then matches in a text just where this code does, as long as the text is plain: no
 * UNICODE_FOLDS character, and lower-cased without a change in length (see PreparedText). This
 * code walks the pattern's choices in the pattern's own order, so it also finds the same match.
 */
import { isFoldedWordCode, isQuoteCode, isSpaceCode, isWordCode, separatorRunEnd, splitWords } from "./scan.js";

export interface LiteralPhrase {
  /** The words, lower-cased, without the final `*`; none but the first starts with a separator. */
  readonly words: readonly string[];
  /** For each word, whether a `…` gap (rather than a separator) comes before it. */
  readonly gapBefore: readonly boolean[];
  /** Whether the pattern has a word boundary before (after) the phrase. */
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
  /** Whether the phrase ends in `*`: the match takes the rest of the word. */
  readonly stem: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How many words a `…` gap may hold (GAP in lexicon.ts). */
const GAP_WORDS = 6;

/**
 * The phrase as a {@link LiteralPhrase}, or null when it needs its pattern: it must be ASCII (so the
 * `i` flag folds nothing but A–Z), have `*` only at its very end, `…` only between two words, and
 * no word after the first that starts with a separator (so that a separator run is always taken
 * whole before a word).
 */
export function literalPhrase(phrase: string): LiteralPhrase | null {
  const tokens = splitWords(phrase);
  const last = tokens[tokens.length - 1]!;
  const stem = last.endsWith("*");
  const words: string[] = [];
  const gapBefore: boolean[] = [];
  let gap = false;
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index]!;
    if (token === "…") {
      if (gap || words.length === 0 || index === tokens.length - 1) return null;
      gap = true;
      continue;
    }
    if (stem && index === tokens.length - 1) token = token.slice(0, -1);
    for (let at = 0; at < token.length; at++) {
      const code = token.charCodeAt(at);
      if (code >= 0x80 || code === 0x2a) return null;
    }
    // An empty stem ("… *") or a word that a separator run could eat into: left to the pattern.
    if (token === "" || (words.length > 0 && isQuoteCode(token.charCodeAt(0)))) return null;
    words.push(token.toLowerCase());
    gapBefore.push(gap);
    gap = false;
  }
  const trimmed = phrase.trim();
  return { words, gapBefore, wordStart: isWordCode(trimmed.charCodeAt(0)), wordEnd: isWordCode(trimmed.charCodeAt(trimmed.length - 1)), stem };
}

/**
 * The first match of the phrase that starts at `from` or later, as its `gi` pattern finds it, in a
 * plain text (see the module comment); `lower` is the text lower-cased. There a lower-case ASCII
 * letter of `lower` stands exactly where the pattern matches that letter in either case.
 */
export function literalMatch(phrase: LiteralPhrase, text: string, lower: string, from: number): Span | undefined {
  const first = phrase.words[0]!;
  for (let start = lower.indexOf(first, from); start !== -1; start = lower.indexOf(first, start + 1)) {
    // charCodeAt is NaN before the start and past the end, which is no letter.
    if (phrase.wordStart && isFoldedWordCode(text.charCodeAt(start - 1))) continue;
    const end = restEnd(phrase, text, lower, 0, start);
    if (end !== -1) return { start, end };
  }
  return undefined;
}

/** Whether a code unit can be in a gap word: `[^\s.;:!?]`. */
function isGapWordCode(code: number): boolean {
  return !isSpaceCode(code) && code !== 0x2e && code !== 0x3b && code !== 0x3a && code !== 0x21 && code !== 0x3f;
}

/** Whether a code unit continues a `*` stem: `[LETTER'’-]` with the `i` flag. */
function isStemCode(code: number): boolean {
  return isFoldedWordCode(code) || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** Where the phrase ends when its word `index` starts at `at`; -1 if it cannot. */
function restEnd(phrase: LiteralPhrase, text: string, lower: string, index: number, at: number): number {
  const word = phrase.words[index]!;
  if (!lower.startsWith(word, at)) return -1;
  let end = at + word.length;
  if (index === phrase.words.length - 1) {
    // The stem's class is the pattern's last item, so it takes all it can.
    if (phrase.stem) while (end < text.length && isStemCode(text.charCodeAt(end))) end++;
    return phrase.wordEnd && isFoldedWordCode(text.charCodeAt(end)) ? -1 : end;
  }
  if (phrase.gapBefore[index + 1]) return gapEnd(phrase, text, lower, index + 1, end, 0);
  // SEPARATOR before a word that does not start with one: only the whole run can be followed by it.
  const next = separatorRunEnd(text, end);
  return next === end ? -1 : restEnd(phrase, text, lower, index + 1, next);
}

/**
 * Where the phrase ends when the gap before word `index` starts at `at`, with `taken` gap words
 * behind it. GAP is `(?:S+G+){0,6}?S+` (S a separator, G a gap word's character): lazy, so leaving
 * the gap is tried first, then one more gap word, longest first. S+ is always the whole run: a
 * shorter one would hand brackets or quotes (both S and G) to the gap word, which then ends where it
 * would anyway, with one gap word fewer to spare.
 */
function gapEnd(phrase: LiteralPhrase, text: string, lower: string, index: number, at: number, taken: number): number {
  const run = separatorRunEnd(text, at);
  if (run === at) return -1;
  // Leaving: the word does not start with a separator, so only the whole run can be followed by it.
  const left = restEnd(phrase, text, lower, index, run);
  if (left !== -1 || taken === GAP_WORDS) return left;
  let wordEnd = run;
  while (wordEnd < text.length && isGapWordCode(text.charCodeAt(wordEnd))) wordEnd++;
  // A shorter gap word must end before a bracket or quote, where the next S+ can start.
  for (; wordEnd > run; wordEnd--) {
    const end = gapEnd(phrase, text, lower, index, wordEnd, taken + 1);
    if (end !== -1) return end;
  }
  return -1;
}
