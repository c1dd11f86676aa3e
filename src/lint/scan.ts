/**
 * Character classes and small scanners that stand in for regexes on lint's cold path. A lint run is
 * one short process without TurboFan: V8 compiles each regex on its first use (twice when it runs
 * again, to tier up to native code), about 0.05–0.5 ms per regex, far more than a loop over a
 * sentence costs. Each function here matches exactly what the regex named in its comment does; the
 * tests check them against those regexes.
 */

/** Whether a UTF-16 code unit is in `\s` (which is also what String.prototype.trim removes). */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a code unit is a bracket or quote of the lexicon's separators: `[()\[\]"'‘’“”]`. */
export function isQuoteCode(code: number): boolean {
  if (code < 0x80) return code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x22 || code === 0x27;
  return code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d;
}

/** Whether a code unit is in the lexicon's LATIN_LETTER: `[A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]`. */
export function isLatinLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Whether a code unit is in the lexicon's LETTER (digits and LATIN_LETTER), without case folding. */
export function isWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isLatinLetterCode(code);
}

/**
 * Letters outside LETTER that the `i` flag (without `u`) folds into it, so that a pattern's `[LETTER]`
 * matches them too: the IPA letters ɓ…ʒ, whose capitals are in Latin Extended-B; Greek Μ and μ, as
 * µ's; ⱥ, ⱦ, Ȿ and Ɀ, as the other case of Ⱥ, Ⱦ, ȿ and ɀ; and Ƛ, as ƛ's. The `u` flag adds K, Å
 * and ẞ (see UNICODE_FOLDS in lexicon.ts). The tests check this list against V8 on every code unit.
 */
const FOLDED_INTO_LETTER = [
  0x253, 0x254, 0x256, 0x257, 0x259, 0x25b, 0x260, 0x263, 0x268, 0x269, 0x26f, 0x272, 0x275, 0x280, 0x283, 0x288, 0x289, 0x28a, 0x28b, 0x28c,
  0x292, 0x39c, 0x3bc, 0x2c65, 0x2c66, 0x2c7e, 0x2c7f, 0xa7dc,
];

/** Whether a code unit matches `[LETTER]` in a pattern with the `i` flag: a word character to its lookarounds. */
export function isFoldedWordCode(code: number): boolean {
  return isWordCode(code) || (code > 0x24f && FOLDED_INTO_LETTER.includes(code));
}

/**
 * Whether `text` has `word` (lower-case ASCII) at `at`, compared as a pattern with the `iu` flags
 * compares: ASCII letters in either case, ſ as `s` and the Kelvin sign as `k`.
 */
export function hasFoldedAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const want = word.charCodeAt(i);
    const code = text.charCodeAt(at + i);
    if (code === want) continue;
    if (want < 0x61 || want > 0x7a) return false;
    if (code !== want - 0x20 && !(want === 0x73 && code === 0x17f) && !(want === 0x6b && code === 0x212a)) return false;
  }
  return true;
}

/** Whether a code unit is in the lexicon's SEPARATOR: `[\s()\[\]"'‘’“”]`. */
export function isSeparatorCode(code: number): boolean {
  return isSpaceCode(code) || isQuoteCode(code);
}

/** The end of the run of code units `isIn` accepts that starts at `at` (`at` itself when there is none). */
function runEnd(text: string, at: number, isIn: (code: number) => boolean): number {
  while (at < text.length && isIn(text.charCodeAt(at))) at++;
  return at;
}

/** The end of the run of `\s` that starts at `at`. */
export function spaceRunEnd(text: string, at: number): number {
  return runEnd(text, at, isSpaceCode);
}

/** The end of the run of SEPARATOR that starts at `at`. */
export function separatorRunEnd(text: string, at: number): number {
  return runEnd(text, at, isSeparatorCode);
}

/** `text.replace(/\s+/g, " ")`. */
export function collapseSpaces(text: string): string {
  let out = "";
  let copied = 0;
  for (let at = 0; at < text.length; at++) {
    if (!isSpaceCode(text.charCodeAt(at))) continue;
    const end = spaceRunEnd(text, at + 1);
    // A single space stays as it is, without copying.
    if (end === at + 1 && text.charCodeAt(at) === 0x20) continue;
    out += `${text.slice(copied, at)} `;
    copied = end;
    at = end - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * A lexicon match as quoted in a message: `text.replace(/(?:\s*Q+\s+|\s+Q+\s*|\s+)/g, " ").trim()`,
 * with Q the brackets and quotes of {@link isQuoteCode}. At any position the three alternatives can
 * only take whole runs (spaces and Q are disjoint), so each reduces to a check of the run lengths.
 */
export function tidyMatch(text: string): string {
  let out = "";
  let copied = 0;
  for (let at = 0; at < text.length; ) {
    const spaces = spaceRunEnd(text, at);
    const quotes = runEnd(text, spaces, isQuoteCode);
    const after = spaceRunEnd(text, quotes);
    // \s*Q+\s+ or \s+Q+\s*: the three runs; \s+: the spaces alone; else no match here.
    const end = quotes > spaces && (after > quotes || spaces > at) ? after : spaces;
    if (end === at) {
      at++;
      continue;
    }
    out += `${text.slice(copied, at)} `;
    at = copied = end;
  }
  return (out + text.slice(copied)).trim();
}

/** `text.trim().split(/\s+/)`: the words of a phrase. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    // Past the end counts as a space, which ends the last word.
    if (at < text.length && !isSpaceCode(text.charCodeAt(at))) {
      if (start === -1) start = at;
      continue;
    }
    if (start !== -1) words.push(text.slice(start, at));
    start = -1;
  }
  return words.length === 0 ? [""] : words;
}

/**
 * `squashed.split(/ ?([…*]) ?/)`: the pieces of a squashed lexicon phrase, each followed by the `…`
 * or `*` that ends it (the spaces around that mark dropped), then the last piece.
 */
export function cutPieces(squashed: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (let at = 0; at < squashed.length; at++) {
    const space = squashed[at] === " " ? 1 : 0;
    const mark = squashed[at + space];
    if (mark !== "…" && mark !== "*") continue;
    parts.push(squashed.slice(last, at), mark);
    at += space + (squashed[at + space + 1] === " " ? 1 : 0);
    last = at + 1;
  }
  parts.push(squashed.slice(last));
  return parts;
}
