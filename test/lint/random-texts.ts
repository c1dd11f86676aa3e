/**
 * Seeded random texts for the tests that check a scanner (src/lint/scan.ts, descriptions.ts,
 * literal-phrase.ts) against the regex it stands in for: the same texts on every run, made of
 * pieces where the two could disagree (space runs, brackets, quotes, case, ſ and the Kelvin sign).
 */

/** A small deterministic generator (mulberry32), so a failure reproduces. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` texts of 0 to `maxPieces` pieces each, drawn from `pieces`. */
export function randomTexts(pieces: readonly string[], count: number, maxPieces: number, seed = 1): string[] {
  const next = random(seed);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    const length = Math.floor(next() * (maxPieces + 1));
    for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)]!;
    texts.push(text);
  }
  return texts;
}

/** Spaces, brackets and quotes of every kind the scanners tell apart. */
export const SPACES_AND_QUOTES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "(", ")", "[", "]", '"', "'", "‘", "’", "“", "”"];
