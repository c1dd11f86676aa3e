/**
 * Reading a short description ("entiteiten van de Groep (waaronder dochterondernemingen)") into its
 * parts, notes and core, for `genericPart` and `onlyGeneric` in lexicon.ts. Written as scanners, not
 * regexes: the descriptions are a few words each, and compiling the dozen patterns this took cost
 * more than the rules that use them (see scan.ts). Each function says which regex it does the work
 * of; the tests check it against that regex.
 */
import { collapseSpaces, hasFoldedAt, isLatinLetterCode, isSpaceCode, spaceRunEnd } from "./scan.js";

export interface DescriptionPart {
  /** The part without bracketed notes, as written. */
  readonly main: string;
  /** Contents of bracketed notes in this part, e.g. `internet, handelsregister`. */
  readonly notes: readonly string[];
}

/** Splits an enumeration ("A, B of C (x, y)") into its parts, keeping bracketed notes with their part. */
export function descriptionParts(text: string): DescriptionPart[] {
  const notes: string[] = [];
  return splitEnumeration(maskNotes(dropPluralSuffixes(text), notes))
    .map((part) => unmaskNotes(part, notes))
    .filter((part) => part.main !== "" || part.notes.length > 0);
}

const PLURAL_SUFFIXES = ["s)", "en)", "n)", "e)"];

/** "partner(s)" → "partner": `text.replace(/(?<=[LATIN_LETTER])\((?:s|en|n|e)\)/g, "")`. */
export function dropPluralSuffixes(text: string): string {
  let out = "";
  let copied = 0;
  for (let at = text.indexOf("("); at !== -1; at = text.indexOf("(", at + 1)) {
    if (!isLatinLetterCode(text.charCodeAt(at - 1))) continue;
    const suffix = PLURAL_SUFFIXES.find((candidate) => text.startsWith(candidate, at + 1));
    if (suffix === undefined) continue;
    out += text.slice(copied, at);
    copied = at + 1 + suffix.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Replaces each innermost bracketed note with a marker `\u0001<index in notes>\u0002`, so that the
 * commas in it do not split the enumeration: `text.replace(/\(([^()]*)\)/g, …)`.
 */
export function maskNotes(text: string, notes: string[]): string {
  let out = "";
  let copied = 0;
  for (let open = text.indexOf("("); open !== -1; ) {
    let close = open + 1;
    while (close < text.length && text.charCodeAt(close) !== 0x28 && text.charCodeAt(close) !== 0x29) close++;
    if (close === text.length) break;
    if (text.charCodeAt(close) === 0x28) {
      open = close; // a bracket opens inside: only the inner one can be a note
      continue;
    }
    out += `${text.slice(copied, open)}\u0001${notes.push(text.slice(open + 1, close)) - 1}\u0002`;
    copied = close + 1;
    open = text.indexOf("(", copied);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const NO_NOTES: readonly string[] = [];

/**
 * A part with its note markers as spaces and the notes they stand for, spaces collapsed:
 * `part.replace(/\u0001\d+\u0002/g, " ").replace(/\s+/g, " ").trim()` and the notes of
 * `part.matchAll(/\u0001(\d+)\u0002/g)`.
 */
export function unmaskNotes(part: string, notes: readonly string[]): DescriptionPart {
  let main = "";
  let copied = 0;
  let found: string[] | undefined;
  for (let at = part.indexOf("\u0001"); at !== -1; at = part.indexOf("\u0001", at + 1)) {
    let end = at + 1;
    while (end < part.length && part.charCodeAt(end) >= 0x30 && part.charCodeAt(end) <= 0x39) end++;
    if (end === at + 1 || part.charCodeAt(end) !== 0x02) continue;
    (found ??= []).push(notes[Number(part.slice(at + 1, end))] ?? "");
    main += `${part.slice(copied, at)} `;
    copied = end + 1;
  }
  return { main: collapseSpaces(copied === 0 ? part : main + part.slice(copied)).trim(), notes: found ?? NO_NOTES };
}

/** The conjunctions of PART_SEPARATOR, in its order: `en/of` before `en`. */
const CONJUNCTIONS = ["en/of", "and/or", "en", "of", "and", "or", "&"];

/**
 * Splits at commas, semicolons, slashes and conjunctions, but not right after a hyphen, which
 * suspends a compound ("wet- en regelgeving"): `text.split(PART_SEPARATOR)` with
 * `PART_SEPARATOR = /(?<!-)\s*[,;/]\s*|(?<!-)\s+(?:en\/of|and\/or|en|of|and|or|&)\s+/iu`.
 */
export function splitEnumeration(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (let at = 0; at < text.length; ) {
    const end = separatorEnd(text, at);
    if (end === -1) {
      at++;
      continue;
    }
    parts.push(text.slice(last, at));
    last = at = end;
  }
  parts.push(text.slice(last));
  return parts;
}

/**
 * Where a PART_SEPARATOR match that starts at `at` ends, or -1. Its space runs can only be taken whole
 * (what follows each is a punctuation mark or a word), so the alternatives are plain checks in order.
 */
function separatorEnd(text: string, at: number): number {
  if (text.charCodeAt(at - 1) === 0x2d) return -1;
  const spaces = spaceRunEnd(text, at);
  const code = text.charCodeAt(spaces);
  if (code === 0x2c || code === 0x3b || code === 0x2f) return spaceRunEnd(text, spaces + 1);
  if (spaces === at) return -1;
  for (const word of CONJUNCTIONS) {
    if (!hasFoldedAt(text, spaces, word)) continue;
    const end = spaceRunEnd(text, spaces + word.length);
    if (end > spaces + word.length) return end;
  }
  return -1;
}

/** Words that only introduce or quantify a description ("onze", "elke", "andere", "the", "via"). */
const FILLERS = [
  ...["de", "het", "een", "onze", "ons", "uw", "alle", "andere", "overige", "elke", "iedere", "diverse", "verschillende", "bepaalde"],
  ...["eventuele", "via", "aan", "door", "van", "bij", "met", "the", "our", "your", "all", "other", "any", "each", "every", "various"],
  ...["certain", "selected", "some", "from", "by", "to", "with"],
];

/** Words that open an example list in brackets: "(waaronder …)", "(such as …)". */
const NOTE_OPENERS = ["waaronder", "zoals", "bijvoorbeeld", "bijv.", "o.a.", "onder andere", "including", "such as", "e.g.", "for example"];

/**
 * `text` without a leading word of `words` (lower-case ASCII) and the spaces after it:
 * `text.replace(/^(?:word|word|…)\s+/iu, "")`. At most one word can be followed by a space there.
 */
function dropLeadingWord(text: string, words: readonly string[]): string {
  for (const word of words) {
    if (!hasFoldedAt(text, 0, word)) continue;
    const end = spaceRunEnd(text, word.length);
    if (end > word.length) return text.slice(end);
  }
  return text;
}

/** A note without the word that opens it ("waaronder", "such as"), as NOTE_OPENER's replace did. */
export function dropNoteOpener(note: string): string {
  return dropLeadingWord(note, NOTE_OPENERS);
}

/**
 * The core of a description: without trailing punctuation, leading fillers ("onze", "elke",
 * "andere") and group membership ("van de Groep"), as often as they occur.
 */
export function stripFillers(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingCode(text.charCodeAt(end - 1))) end--;
  let current = text.slice(0, end).trim();
  for (let previous = ""; previous !== current; ) {
    previous = current;
    current = dropGroupQualifier(dropLeadingWord(current, FILLERS)).trim();
  }
  return current;
}

/** Whether a code unit is in `[\s.:;,!]`: what `text.replace(/[\s.:;,!]+$/u, "")` removed at the end. */
function isTrailingCode(code: number): boolean {
  return isSpaceCode(code) || code === 0x2e || code === 0x3a || code === 0x3b || code === 0x2c || code === 0x21;
}

const GROUP_NOUNS = ["groep", "group", "concern"];
const GROUP_ARTICLES = ["de", "het", "onze", "the", "our"];
const MEMBERSHIP_WORDS = ["van", "binnen", "of", "within", "in"];
/** "die onderdeel is van", "that is part of": four words, in order. */
const MEMBERSHIP_CLAUSES = [
  [["die"], ["onderdeel", "deel"], ["is", "zijn", "uitmaakt", "uitmaken"], ["van"]],
  [["that", "which"], ["is", "are"], ["part"], ["of"]],
];

/**
 * `text.replace(GROUP_QUALIFIER, "")`, where GROUP_QUALIFIER is, with the `iu` flags,
 * `\s+(?:die\s+(?:onderdeel|deel)\s+(?:is|zijn|uitmaakt|uitmaken)\s+van|(?:that|which)\s+(?:is|are)\s+part\s+of|`
 * `van|binnen|of|within|in)\s+(?:de|het|onze|the|our)\s+(?:groep|group|concern)$`:
 * "… van de Groep", "… die onderdeel is van de Groep", "… of the group" (membership, not a sector or
 * role). A match is the text's last three or six words with the spaces before them; the six-word
 * one starts further left, so it is the one removed when both fit.
 */
export function dropGroupQualifier(text: string): string {
  // Nearly every description ends otherwise: check its last word before reading back further.
  let last = text.length;
  while (last > 0 && !isSpaceCode(text.charCodeAt(last - 1))) last--;
  if (!GROUP_NOUNS.some((noun) => noun.length === text.length - last && hasFoldedAt(text, last, noun))) return text;
  // The last six words, last first: where each starts and ends, and where the spaces before it start.
  const starts: number[] = [];
  const ends: number[] = [];
  const runs: number[] = [];
  for (let end = text.length; starts.length < 6 && end > 0 && !isSpaceCode(text.charCodeAt(end - 1)); ) {
    let start = end - 1;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let run = start;
    while (run > 0 && isSpaceCode(text.charCodeAt(run - 1))) run--;
    starts.push(start);
    ends.push(end);
    runs.push(run);
    end = run;
  }
  const is = (index: number, words: readonly string[]): boolean =>
    index < starts.length && words.some((word) => word.length === ends[index]! - starts[index]! && hasFoldedAt(text, starts[index]!, word));
  // Only a word with spaces before it can start the match.
  const spaced = (index: number): boolean => index < starts.length && runs[index]! < starts[index]!;
  if (!is(0, GROUP_NOUNS) || !is(1, GROUP_ARTICLES)) return text;
  if (spaced(5) && MEMBERSHIP_CLAUSES.some((clause) => clause.every((words, k) => is(5 - k, words)))) return text.slice(0, runs[5]);
  if (spaced(2) && is(2, MEMBERSHIP_WORDS)) return text.slice(0, runs[2]);
  return text;
}
