/**
 * Word lists for the few rules that are about wording (vague retention, hedging qualifiers, open
 * lists, deferral to websites, marketing). Phrases are Dutch and English, matched case-insensitively
 * on word boundaries, so a lawyer can read exactly what a rule looks for.
 *
 * Phrase syntax (kept tiny on purpose):
 * - a space matches any run of spaces, brackets or quotes (`wettelijke bewaartermijnen` also finds
 *   `(evt. wettelijke) bewaartermijnen`);
 * - `…` as a word matches a gap of at most six words (`raadpleeg … website`);
 * - a trailing `*` on a word matches any continuation of that word (`risicobeoordel*`).
 *
 * Each phrase has a pattern that defines what it matches (compilePhrase), but a lint run is short and
 * compiling patterns took most of its time, so nearly all searches are done by code that finds just
 * what the pattern would (literal-phrase.ts, and containsDuration and containsLink below).
 */
import { descriptionParts, dropNoteOpener, stripFillers, type DescriptionPart } from "./descriptions.js";
import { literalMatch, literalPhrase, type LiteralPhrase, type Span } from "./literal-phrase.js";
import { collapseSpaces, cutPieces, isFoldedWordCode, isSpaceCode, isWordCode, splitWords, tidyMatch } from "./scan.js";

/** A compiled list of phrases, optionally with exceptions that cancel a match they overlap. */
export interface Lexicon {
  readonly phrases: readonly string[];
  readonly exceptions: readonly string[];
  /** The first phrase found in `text` (earliest position), as written there; undefined if none. */
  find(text: string): string | undefined;
}

const SEPARATOR = "[\\s()\\[\\]\"'‘’“”]+";
// Gap words stop at sentence punctuation, so "kan … worden" never spans two sentences.
const GAP = "(?:[\\s()\\[\\]\"'‘’“”]+[^\\s.;:!?]+){0,6}?[\\s()\\[\\]\"'‘’“”]+";
// Latin-script letters and digits rather than every Unicode letter: the notices are Dutch or English,
// and `\\p{L}` under the `iu` flags costs V8 milliseconds to compile for each of the ~600 patterns.
const LATIN_LETTER = "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
const LETTER = `0-9${LATIN_LETTER}`;
const WORD_CHAR = `[${LETTER}]`;

/**
 * The characters that the `i` flag treats differently without `u`: only with `u` do ſ (long s) and
 * K (Kelvin sign) match `s` and `k`, and ẞ, K and Å (Angstrom sign) count as LETTER. V8 compiles a
 * pattern much faster without `u`, and for a text without these four it matches the same; a text
 * with one of them is searched as before, with `u` patterns and the plain word prefilter.
 */
const UNICODE_FOLDS = ["\u017F", "\u212A", "\u212B", "\u1E9E"];

const REGEXP_SYNTAX = ".*+?^${}()|[]\\/";

// Code, not a regex: a run that compiles a phrase or two should not also compile these helpers.
function escapeRegExp(text: string): string {
  let escaped = "";
  for (const char of text) escaped += REGEXP_SYNTAX.includes(char) ? `\\${char}` : char;
  return escaped;
}

function compilePhrase(phrase: string, flags: "gi" | "giu"): RegExp {
  const words = splitWords(phrase);
  const parts: string[] = [];
  words.forEach((word, index) => {
    if (word === "…") {
      parts.push(GAP);
      return;
    }
    if (index > 0 && words[index - 1] !== "…") parts.push(SEPARATOR);
    parts.push(word.endsWith("*") ? `${escapeRegExp(word.slice(0, -1))}[${LETTER}'’-]*` : escapeRegExp(word));
  });
  const trimmed = phrase.trim();
  const before = isWordCode(trimmed.charCodeAt(0)) ? `(?<!${WORD_CHAR})` : "";
  const after = isWordCode(trimmed.charCodeAt(trimmed.length - 1)) ? `(?!${WORD_CHAR})` : "";
  return new RegExp(`${before}${parts.join("")}${after}`, flags);
}

/** A text as the prefilter reads it: made once per text and shared by all lexicons (see {@link prepare}). */
interface PreparedText {
  readonly lower: string;
  /** `lower` with every run of separators (spaces, brackets, quotes) as one space. */
  readonly squashed: string;
  /** Whether the text has one of {@link UNICODE_FOLDS}. */
  readonly unicode: boolean;
  /**
   * Whether phrases can be matched in `lower` without their patterns (see {@link literalMatch}): no
   * UNICODE_FOLDS, and lower-casing kept every position (only İ lower-cases to two code units).
   */
  readonly plain: boolean;
}

const SEPARATOR_RUN = new RegExp(SEPARATOR, "g");

// Several lexicons (and containsDuration) search the same text: prepare it once. Bounded, because a
// long-running process (the preview server) meets ever new texts.
const preparedTexts = new Map<string, PreparedText>();

function prepare(text: string): PreparedText {
  let prepared = preparedTexts.get(text);
  if (prepared === undefined) {
    if (preparedTexts.size >= 256) preparedTexts.clear();
    const lower = text.toLowerCase();
    // Four searches for one character each: no pattern to compile.
    const unicode = UNICODE_FOLDS.some((char) => text.includes(char));
    prepared = { lower, squashed: lower.replace(SEPARATOR_RUN, " "), unicode, plain: !unicode && lower.length === text.length };
    preparedTexts.set(text, prepared);
  }
  return prepared;
}

/** A literal stretch of a phrase (no `…` or `*` inside), lower-cased, separators as one space. */
interface Piece {
  readonly text: string;
  /** Whether a match has no letter right before (after) this piece: a word edge, separator or gap is there. */
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
}

/**
 * One phrase, made ready on first use: a lint run meets only a few of the ~600 phrases, and V8 takes
 * about 0.1 ms to compile a pattern. So a phrase is only looked for in a text that has every piece of
 * it in place (see {@link mayMatch}), which nearly always means it matches; and its pattern is only
 * compiled for a text that is not plain or a phrase that literal-phrase.ts cannot read, which in a
 * Dutch or English notice is hardly ever.
 */
interface LazyPattern {
  readonly phrase: string;
  /** The phrase's pieces, longest first: the likeliest to be missing, so the check ends soonest. */
  readonly pieces: readonly Piece[];
  /** The phrase's literal words, lower-cased: the prefilter for a text with {@link UNICODE_FOLDS}. */
  words?: readonly string[];
  /** See {@link literalPhrase}; null when the phrase needs its pattern. */
  literal?: LiteralPhrase | null;
  regex?: RegExp;
  unicodeRegex?: RegExp;
}

/**
 * Each phrase trimmed, lower-cased and with every run of separators as one space (as texts are
 * squashed): the form its pieces are cut from. One replace over the whole list rather than one per
 * phrase; "\0" is no separator, so it keeps the phrases apart (unless one contains it).
 */
function squashPhrases(phrases: readonly string[]): string[] {
  const squashed = phrases.map((phrase) => phrase.trim()).join("\0").toLowerCase().replace(SEPARATOR_RUN, " ").split("\0");
  if (squashed.length === phrases.length) return squashed;
  return phrases.map((phrase) => phrase.trim().toLowerCase().replace(SEPARATOR_RUN, " "));
}

/** Whether a squashed phrase has more than one piece (or an empty one): a `…` or a `*` in it. */
function isPieced(squashed: string): boolean {
  return squashed.includes("…") || squashed.includes("*");
}

function lazyPattern(phrase: string, squashed: string): LazyPattern {
  const parts = isPieced(squashed) ? cutPieces(squashed) : [squashed];
  const pieces: Piece[] = [];
  // The parts alternate: piece, end mark, piece, …, piece.
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i]!;
    if (text === "") continue;
    pieces.push({
      text,
      wordStart: isWordCode(text.charCodeAt(0)),
      // What continues a `*` stem is part of the word; before a `…` and at the end is a word edge.
      wordEnd: parts[i + 1] !== "*" && isWordCode(text.charCodeAt(text.length - 1)),
    });
  }
  if (pieces.length > 1) pieces.sort((a, b) => b.text.length - a.text.length);
  return { phrase, pieces };
}

function literalWords(phrase: string): string[] {
  return splitWords(phrase)
    .filter((word) => word !== "…")
    .map((word) => (word.endsWith("*") ? word.slice(0, -1) : word).toLowerCase());
}

/** Whether `piece` occurs in the squashed text with no letter against its word edges. */
function hasPiece(squashed: string, piece: Piece): boolean {
  for (let at = squashed.indexOf(piece.text); at !== -1; at = squashed.indexOf(piece.text, at + 1)) {
    // charCodeAt is NaN before the start and past the end, which is no letter.
    if (piece.wordStart && isWordCode(squashed.charCodeAt(at - 1))) continue;
    if (piece.wordEnd && isWordCode(squashed.charCodeAt(at + piece.text.length))) continue;
    return true;
  }
  return false;
}

/**
 * Whether the text may match the phrase: a necessary condition, checked without its pattern. In the
 * lower-cased text, a match's pieces stand with only separators between their words and no letter
 * where the pattern wants a word boundary (lower-casing makes no letter of a non-letter, and no
 * separator of anything). Only ſ lower-cases otherwise than the pattern folds it (to itself, not
 * `s`), so texts with UNICODE_FOLDS get the plain check that each literal word is somewhere in the
 * text, as all texts did before.
 */
function mayMatch(pattern: LazyPattern, text: PreparedText): boolean {
  if (text.unicode) return (pattern.words ??= literalWords(pattern.phrase)).every((word) => text.lower.includes(word));
  return pattern.pieces.every((piece) => hasPiece(text.squashed, piece));
}

/** The first match of the phrase in `text` at `from` or later; undefined if none. */
function nextMatch(pattern: LazyPattern, text: string, prepared: PreparedText, from: number): Span | undefined {
  if (prepared.plain) {
    const literal = pattern.literal === undefined ? (pattern.literal = literalPhrase(pattern.phrase)) : pattern.literal;
    if (literal !== null) return literalMatch(literal, text, prepared.lower, from);
  }
  const regex = prepared.unicode
    ? (pattern.unicodeRegex ??= compilePhrase(pattern.phrase, "giu"))
    : (pattern.regex ??= compilePhrase(pattern.phrase, "gi"));
  regex.lastIndex = from;
  const match = regex.exec(text);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
}

/** A list of phrases (a lexicon's phrases or its exceptions), made ready on its first search. */
interface PhraseList {
  readonly phrases: readonly string[];
  /** Each phrase squashed (see squashPhrases). */
  forms?: readonly string[];
  // Each phrase's longest piece, which rules out nearly every phrase. Checked inline from a flat
  // array: before V8 optimises this loop, a function call per phrase costs more than the check.
  keys?: readonly string[];
  /** By phrase, made when a text first has its key: a run meets only a few phrases. */
  readonly patterns: (LazyPattern | undefined)[];
}

const NO_CANDIDATES: readonly LazyPattern[] = [];

/** The phrases of the list that may match the text (see {@link mayMatch}), in list order. */
function candidates(list: PhraseList, prepared: PreparedText): readonly LazyPattern[] {
  const { phrases, patterns } = list;
  if (list.forms === undefined || list.keys === undefined) {
    const forms = (list.forms = squashPhrases(phrases));
    // A phrase of one piece is its own key; only the others are cut into pieces now.
    list.keys = forms.map((form, i) => (isPieced(form) ? ((patterns[i] = lazyPattern(phrases[i]!, form)).pieces[0]?.text ?? "") : form));
  }
  const { forms, keys } = list;
  let found: LazyPattern[] | undefined;
  for (let i = 0; i < phrases.length; i++) {
    if (!prepared.unicode && !prepared.squashed.includes(keys[i]!)) continue;
    const pattern = (patterns[i] ??= lazyPattern(phrases[i]!, forms[i]!));
    if (mayMatch(pattern, prepared)) (found ??= []).push(pattern);
  }
  return found ?? NO_CANDIDATES;
}

/** Compiles phrases (and exception phrases) into a {@link Lexicon}. */
export function lexicon(phrases: readonly string[], exceptions: readonly string[] = []): Lexicon {
  // Prepared on the first search, so loading the module costs nothing for lexicons a run never uses.
  const phraseList: PhraseList = { phrases, patterns: [] };
  const exceptionList: PhraseList = { phrases: exceptions, patterns: [] };
  return {
    phrases,
    exceptions,
    find(text: string): string | undefined {
      const prepared = prepare(text);
      let excluded: Span[] | undefined;
      let best: Span | undefined;
      for (const pattern of candidates(phraseList, prepared)) {
        for (let match = nextMatch(pattern, text, prepared, 0); match; match = nextMatch(pattern, text, prepared, match.end)) {
          excluded ??= allMatches(text, prepared, candidates(exceptionList, prepared));
          const { start, end } = match;
          if (excluded.some((span) => span.start < end && start < span.end)) continue;
          if (!best || start < best.start) best = match;
          break;
        }
      }
      // As quoted in a message: brackets and quotes between words dropped, one space between words.
      return best === undefined ? undefined : tidyMatch(text.slice(best.start, best.end));
    },
  };
}

function allMatches(text: string, prepared: PreparedText, patterns: readonly LazyPattern[]): Span[] {
  const found: Span[] = [];
  for (const pattern of patterns) {
    for (let match = nextMatch(pattern, text, prepared, 0); match; match = nextMatch(pattern, text, prepared, match.end)) {
      found.push(match);
    }
  }
  return found;
}

let link: RegExp | undefined;

/** Whether a (Markdown) text contains a direct link: a URL, a `www.` address or a Markdown link. */
export function containsLink(text: string): boolean {
  const { lower, plain } = prepare(text);
  // In a plain text the needles' letters are found in `lower`, as the pattern's `iu` flags find them.
  if (!plain) return (link ??= new RegExp(`https?:\\/\\/|(?<!${WORD_CHAR})www\\.|\\]\\(`, "iu")).test(text);
  if (lower.includes("](") || lower.includes("http://") || lower.includes("https://")) return true;
  for (let at = lower.indexOf("www."); at !== -1; at = lower.indexOf("www.", at + 1)) {
    if (!isFoldedWordCode(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

const NUMBER_WORDS =
  "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|zestig|honderd|" +
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|hundred";
const UNITS =
  "dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|kalenderjaar|kalenderjaren|boekjaar|boekjaren|" +
  "day|days|week|weeks|month|months|year|years|hour|hours";
const DURATION_SOURCE =
  `(?<!${WORD_CHAR})(?:\\d+|${NUMBER_WORDS})(?:[\\s-]+)(?:${UNITS})(?!${WORD_CHAR})|` +
  `(?<!${WORD_CHAR})(?:onmiddellijk|direct na|immediately)(?!${WORD_CHAR})`;
// The pattern, for texts that are not plain (see PreparedText); a plain text is read by code instead.
// Without `u` where it can, which halves its compile time; see UNICODE_FOLDS for the texts that need it.
let duration: RegExp | undefined;
let unicodeDuration: RegExp | undefined;

const UNIT_WORDS = UNITS.split("|");
const COUNT_WORDS = NUMBER_WORDS.split("|");
const AT_ONCE_WORDS = ["onmiddellijk", "direct na", "immediately"];
/**
 * Words one of which every duration contains: the units and the words for "at once". Most texts have
 * none, and checking for them is far cheaper than compiling and running DURATION.
 */
const DURATION_WORDS = [...UNIT_WORDS, ...AT_ONCE_WORDS];

/** Whether a text states a concrete duration (`2 jaar`, `zes maanden`, `onmiddellijk`, `7 years`). */
export function containsDuration(text: string): boolean {
  const prepared = prepare(text);
  if (prepared.plain) {
    const { lower } = prepared;
    return UNIT_WORDS.some((unit) => hasCountedUnit(text, lower, unit)) || AT_ONCE_WORDS.some((word) => hasWord(text, lower, word));
  }
  if (!DURATION_WORDS.some((word) => prepared.lower.includes(word))) return false;
  return prepared.unicode
    ? (unicodeDuration ??= new RegExp(DURATION_SOURCE, "iu")).test(text)
    : (duration ??= new RegExp(DURATION_SOURCE, "i")).test(text);
}

/**
 * Whether the plain text has `word` (lower-case, as in DURATION) with a word edge on both sides:
 * `(?<!W)word(?!W)` with the `i` flag, found in `lower` as {@link literalMatch} finds a phrase.
 */
function hasWord(text: string, lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    if (!isFoldedWordCode(text.charCodeAt(at - 1)) && !isFoldedWordCode(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/**
 * Whether the plain text has `unit` counted, as DURATION's first alternative finds it:
 * `(?<!W)(?:\d+|NUMBER_WORDS)[\s-]+unit(?!W)`. Read backwards from each whole-word unit: the run of
 * spaces and hyphens before it, then the whole run of digits, or a number word, before that.
 */
function hasCountedUnit(text: string, lower: string, unit: string): boolean {
  for (let at = lower.indexOf(unit); at !== -1; at = lower.indexOf(unit, at + 1)) {
    if (isFoldedWordCode(text.charCodeAt(at + unit.length))) continue;
    let run = at;
    while (run > 0 && (isSpaceCode(text.charCodeAt(run - 1)) || text.charCodeAt(run - 1) === 0x2d)) run--;
    if (run === at) continue;
    let digits = run;
    while (digits > 0 && text.charCodeAt(digits - 1) >= 0x30 && text.charCodeAt(digits - 1) <= 0x39) digits--;
    // Digits must be all of their run (a digit is a word character); a number word then cannot end here.
    if (digits < run ? !isFoldedWordCode(text.charCodeAt(digits - 1)) : COUNT_WORDS.some((word) => isWordBefore(text, lower, word, run))) return true;
  }
  return false;
}

/** Whether `word` ends at `end` in `lower` with a word edge before it. */
function isWordBefore(text: string, lower: string, word: string, end: number): boolean {
  return end >= word.length && lower.startsWith(word, end - word.length) && !isFoldedWordCode(text.charCodeAt(end - word.length - 1));
}

// ---------------------------------------------------------------------------------------------
// Retention (rules retention-vague, retention-statutory-reference, retention-purpose-orphan)

/**
 * Retention wording that gives no period and no checkable criterion (WP260 annex item 8: "not
 * sufficient ... to generically state that personal data will be kept as long as necessary").
 */
export const vagueRetentionTerms = lexicon([
  "redelijke termijn",
  "redelijke periode",
  "redelijke tijd",
  "zo lang als nodig",
  "zolang als nodig",
  "zo lang nodig",
  "zolang nodig",
  "zolang dat nodig is",
  "zolang dit nodig is",
  "zo lang als noodzakelijk",
  "zolang als noodzakelijk",
  "zolang noodzakelijk",
  "zolang dat noodzakelijk is",
  "zolang dit noodzakelijk is",
  "zolang het noodzakelijk is",
  "niet langer dan nodig",
  "niet langer dan noodzakelijk",
  "niet langer dan strikt noodzakelijk",
  "niet langer dan strikt nodig",
  "afhankelijk van",
  "as long as necessary",
  "as long as is necessary",
  "as long as needed",
  "as long as required",
  "reasonable period",
  "reasonable time",
  "no longer than necessary",
  "no longer than is necessary",
  "no longer than needed",
  "depending on",
  "depends on",
]);

/**
 * Retention tied to "the law" without saying which law: fine only with a named statute (and
 * period), e.g. "7 jaar, art. 52 AWR".
 */
export const statutoryRetentionTerms = lexicon([
  "wettelijke bewaartermijn*",
  "wettelijke termijn*",
  "wettelijke bewaarplicht*",
  "wettelijke bewaarverplichting*",
  "wettelijk voorgeschreven",
  "wettelijk verplichte bewaartermijn*",
  "betreffende wetgeving",
  "toepasselijke wetgeving",
  "relevante wetgeving",
  "geldende wetgeving",
  "van toepassing zijnde wetgeving",
  "statutory retention period*",
  "legal retention period*",
  "retention periods required by law",
  "applicable law*",
  "applicable legislation",
  "relevant legislation",
  "required by law",
  "legally required",
]);

/**
 * A retention statement that is keyed to a processing operation ("Indien wij uw Persoonsgegevens
 * verwerken ter voorkoming van fraude, ..."): it must say which declared purpose it concerns.
 */
export const processingKeyedRetentionTerms = lexicon([
  "indien wij uw persoonsgegevens verwerken",
  "indien wij uw gegevens verwerken",
  "als wij uw persoonsgegevens verwerken",
  "als wij uw gegevens verwerken",
  "wanneer wij uw persoonsgegevens verwerken",
  "wanneer wij uw gegevens verwerken",
  "voor zover wij uw persoonsgegevens verwerken",
  "voor zover wij uw gegevens verwerken",
  "if we process your personal data",
  "if we process your data",
  "when we process your personal data",
  "when we process your data",
  "where we process your personal data",
  "where we process your data",
]);

// ---------------------------------------------------------------------------------------------
// Wording of mandatory information (rules vague-qualifiers, open-ended-enumeration)

/**
 * Hedging in mandatory information (WP260 para 12-13). Bare "kan"/"kunnen" is not listed (it also
 * means ability: "om u te kunnen bellen"); only the hedging constructions "wij kunnen …" and
 * "… kunnen/kan … worden" (passive) are.
 */
export const vagueQualifierTerms = lexicon(
  [
    "wij kunnen",
    "we kunnen",
    "kunnen wij",
    "kunnen we",
    "kunnen … worden",
    "kan … worden",
    "mogelijk",
    "mogelijkerwijs",
    "eventueel",
    "bijvoorbeeld",
    "in de meeste gevallen",
    "soms",
    "we may",
    "may",
    "might",
    "possibly",
    "potentially",
    "some",
    "often",
    "sometimes",
    "in most cases",
    "for example",
  ],
  [
    "zo snel mogelijk",
    "zo spoedig mogelijk",
    "zoveel mogelijk",
    "zo veel mogelijk",
    "zo goed mogelijk",
    "zo min mogelijk",
    "zo kort mogelijk",
    "zo weinig mogelijk",
    "mogelijk maken",
    "mogelijk te maken",
    "mogelijk gemaakt",
    "mogelijk maakt",
    "niet mogelijk",
    "as soon as possible",
  ],
);

/** Lists left open (WP260 para 12-13; Art. 14(1)(d) wants the categories exhaustively). */
export const openEnumerationTerms = lexicon(
  [
    "etc.",
    "etc",
    "enz.",
    "enzovoort",
    "e.d.",
    "o.a.",
    "onder andere",
    "onder meer",
    "zoals",
    "of andere informatie",
    "of andere gegevens",
    "en andere",
    "en/of andere",
    "en dergelijke",
    "et cetera",
    "such as",
    "including but not limited to",
    "including without limitation",
    "among others",
    "inter alia",
    "or other information",
    "or other data",
    "and other",
    "and so on",
  ],
  [
    "zoals vermeld",
    "zoals beschreven",
    "zoals bedoeld",
    "zoals genoemd",
    "zoals hierboven",
    "zoals hieronder",
    "zoals aangegeven",
    "zoals omschreven",
    "zoals voorgeschreven",
    "zoals bepaald",
    "zoals artikel",
    "zoals de wet",
    "zoals wettelijk",
    "zoals u",
    "zoals wij",
    "such as described",
  ],
);

// ---------------------------------------------------------------------------------------------
// Deferral and non-privacy content (rules external-reference-mandatory-info, non-privacy-content)

/** Mandatory information sent to another website instead of given here ("zie de lokale website"). */
export const externalReferenceTerms = lexicon([
  "zoals vermeld op onze website*",
  "zoals vermeld op de website*",
  "zoals vermeld op onze lokale website*",
  "zie onze website*",
  "zie de website*",
  "zie de lokale website*",
  "zie onze lokale website*",
  "op de lokale website*",
  "op onze lokale website*",
  "raadpleeg … website*",
  "website* … raadplegen",
  "as stated on our website*",
  "as set out on our website*",
  "see our website*",
  "see the local website*",
  "on the local website*",
  "refer to … website*",
  "consult … website*",
]);

/** Sales and marketing calls to action that do not belong in a privacy notice (WP260 para 8). */
export const marketingTerms = lexicon([
  "adviesgesprek*",
  "voorstel op maat",
  "advies op maat",
  "whitepaper*",
  "white paper*",
  "vraag een offerte aan",
  "offerte aanvragen",
  "voor een offerte",
  "vraag een demo aan",
  "demo aanvragen",
  "gratis proefperiode",
  "vrijblijvend advies",
  "request a quote",
  "get a quote",
  "book a demo",
  "request a demo",
  "free trial",
  "tailored proposal",
]);

// ---------------------------------------------------------------------------------------------
// Purposes (rules adm-not-addressed, provision-requirement-consistency)

/**
 * Purposes that typically involve profiling or automated decisions: risk assessment, scoring,
 * underwriting, fraud screening (WP251, CJEU C-634/21). See also `admAnalysisTerms`.
 */
export const admRiskTerms = lexicon([
  "risicobeoordel*",
  "risico's beoordelen",
  "risico's te beoordelen",
  "risico te beoordelen",
  "beoordelen van het risico*",
  "beoordelen van risico*",
  "beoordelen van de risico*",
  "beoordelen van het verzekeringsrisico*",
  "beoordelen van verzekeringsrisico*",
  "beoordelen van het kredietrisico*",
  "beoordelen van kredietrisico*",
  "kredietwaardigheid",
  "kredietbeoordel*",
  "kredietscore*",
  "kredietlimiet*",
  "scoring",
  "scoren",
  "scoremodel*",
  "acceptatiebeoordel*",
  "fraudescreening",
  "fraudedetectie",
  "fraudescore*",
  "profilering",
  "profielen opstellen",
  "profiel opstellen",
  "risk assessment*",
  "assess* risk*",
  "assess* the risk*",
  "creditworthiness",
  "credit scor*",
  "credit check*",
  "credit limit*",
  "underwriting",
  "fraud screening",
  "fraud detection",
  "profiling",
]);

/** Marketing analysis of the data subject (needs, segments): a weaker profiling signal than `admRiskTerms`. */
export const admAnalysisTerms = lexicon([
  "segmentatie",
  "segmenteren",
  "behoeften te analyseren",
  "behoeften analyseren",
  "segmentation",
  "analy* your needs",
  "analy* your business needs",
]);

/** Wording that shows the data are needed to sign up for a service (so provision is not voluntary). */
export const signUpTerms = lexicon([
  "aanmeldt voor onze diensten",
  "aanmelden voor onze diensten",
  "aanmelding voor onze diensten",
  "aanmeldt voor een van onze diensten",
  "registreert voor onze diensten",
  "registreert voor een van onze diensten",
  "registreren voor onze diensten",
  "een account aanmaakt",
  "een account aanmaken",
  "een account aan te maken",
  "abonnement afsluit",
  "sign up for our services",
  "sign up for one of our services",
  "register for our services",
  "register for one of our services",
  "create an account",
]);

// ---------------------------------------------------------------------------------------------
// Descriptions that say nothing specific (rules recipients-specific, source-specific,
// legitimate-interest-specified, legal-obligation-law-named)

/** Whether a phrase of the lexicon covers the whole (filler-free) text, not just a word in it. */
function isWholly(text: string, terms: Lexicon): boolean {
  const core = stripFillers(text);
  if (core === "") return false;
  const found = terms.find(core);
  return found !== undefined && found.toLowerCase() === collapseSpaces(core).toLowerCase();
}

function isGenericPart(part: DescriptionPart, terms: Lexicon): boolean {
  if (!isWholly(part.main, terms)) return false;
  // A bracketed note that names something specific ("(internet, handelsregister)") qualifies the part.
  return part.notes.every((note) => onlyGeneric(dropNoteOpener(note), terms));
}

/**
 * The first part of an enumeration that is nothing but a generic description from `terms`, after
 * fillers ("onze", "elke", "andere") and group membership ("van de Groep") are set aside; undefined
 * when every part says more. `samenwerkingspartners` and `elke entiteit die onderdeel is van de Groep`
 * are generic; `samenwerkingspartners die kredietverzekeringen aanbieden` and `publiek beschikbare
 * bronnen (internet, handelsregister)` are not.
 */
export function genericPart(text: string, terms: Lexicon): string | undefined {
  return descriptionParts(text).find((part) => isGenericPart(part, terms))?.main;
}

/** Whether every part of a text is a generic description from `terms` (and there is at least one). */
export function onlyGeneric(text: string, terms: Lexicon): boolean {
  const parts = descriptionParts(text);
  return parts.length > 0 && parts.every((part) => isGenericPart(part, terms));
}

/** Parties described by their relation to us only, not by type, sector, role or place. */
const genericPartyPhrases = [
  "partner",
  "partners",
  "samenwerkingspartner",
  "samenwerkingspartners",
  "zakenpartner",
  "zakenpartners",
  "zakelijke partner",
  "zakelijke partners",
  "businesspartner",
  "businesspartners",
  "derde",
  "derden",
  "derde partij",
  "derde partijen",
  "externe partij",
  "externe partijen",
  "partij",
  "partijen",
  "dienstverlener",
  "dienstverleners",
  "service dienstverlener",
  "service dienstverleners",
  "servicedienstverlener",
  "servicedienstverleners",
  "serviceprovider",
  "serviceproviders",
  "entiteit",
  "entiteiten",
  "groepsentiteit",
  "groepsentiteiten",
  "groepsmaatschappij",
  "groepsmaatschappijen",
  "groepsonderneming",
  "groepsondernemingen",
  "gelieerde onderneming",
  "gelieerde ondernemingen",
  "gelieerde bedrijven",
  "gelieerde entiteiten",
  "dochteronderneming",
  "dochterondernemingen",
  "dochtermaatschappij",
  "dochtermaatschappijen",
  "bijkantoor",
  "bijkantoren",
  "vestigingen",
  "onderneming",
  "ondernemingen",
  "bedrijf",
  "bedrijven",
  "organisaties",
  "instanties",
  "business partner",
  "business partners",
  "third party",
  "third parties",
  "service provider",
  "service providers",
  "vendors",
  "affiliate",
  "affiliates",
  "affiliated companies",
  "affiliated entities",
  "group companies",
  "group company",
  "group entities",
  "group entity",
  "entity",
  "entities",
  "subsidiaries",
  "branches",
  "companies",
  "organisations",
  "organizations",
];

/**
 * Recipients described too generically (WP260 annex item 6: named, or categories as specific as
 * possible by type, industry, sector and location).
 */
export const genericRecipientTerms = lexicon(genericPartyPhrases);

/** Sources described too generically (WP260 annex item 13: the source, or its nature and type or sector). */
export const genericSourceTerms = lexicon([
  ...genericPartyPhrases,
  "informatieverstrekker",
  "informatieverstrekkers",
  "gegevensverstrekker",
  "gegevensverstrekkers",
  "informatie- en gegevensverstrekkers",
  "informatie- of gegevensverstrekkers",
  "informatie-/gegevensverstrekkers",
  "informatieleverancier",
  "informatieleveranciers",
  "gegevensleverancier",
  "gegevensleveranciers",
  "database",
  "databases",
  "eigen database",
  "eigen databases",
  "eigen bestanden",
  "eigen onderzoek",
  "eigen onderzoeken",
  "onderzoek",
  "onderzoeken",
  "bronnen",
  "externe bronnen",
  "openbare bronnen",
  "publieke bronnen",
  "publiek beschikbare bronnen",
  "publiekelijk beschikbare bronnen",
  "openbaar beschikbare bronnen",
  "openbaar toegankelijke bronnen",
  "information providers",
  "data providers",
  "data brokers",
  "own database",
  "own databases",
  "own research",
  "research",
  "sources",
  "external sources",
  "public sources",
  "publicly available sources",
  "publicly accessible sources",
]);

/** "Our legitimate interest" or "commercial purposes" alone: no specific interest (WP260 annex item 4). */
export const genericInterestTerms = lexicon([
  "gerechtvaardigd belang",
  "gerechtvaardigde belang",
  "gerechtvaardigde belangen",
  "belang",
  "belangen",
  "commercieel belang",
  "commerciële belangen",
  "commerciële doeleinden",
  "commerciële doelen",
  "zakelijk belang",
  "zakelijke belangen",
  "zakelijke doeleinden",
  "bedrijfsbelang",
  "bedrijfsbelangen",
  "bedrijfsdoeleinden",
  "legitimate interest",
  "legitimate interests",
  "interest",
  "interests",
  "commercial interest",
  "commercial interests",
  "commercial purposes",
  "business interest",
  "business interests",
  "business purposes",
]);

/** "De wet" or "wetgeving" without naming the statute (Art. 6(3) GDPR; rule legal-obligation-law-named). */
export const genericLawTerms = lexicon([
  "wet",
  "wetten",
  "wetgeving",
  "regelgeving",
  "wet- en regelgeving",
  "toepasselijke wetgeving",
  "toepasselijke wet- en regelgeving",
  "geldende wetgeving",
  "relevante wetgeving",
  "betreffende wetgeving",
  "nationale wetgeving",
  "europese wetgeving",
  "wettelijke verplichting",
  "wettelijke verplichtingen",
  "wettelijke vereisten",
  "wettelijke eisen",
  "wettelijke bepalingen",
  "law",
  "laws",
  "the law",
  "applicable law",
  "applicable laws",
  "legislation",
  "applicable legislation",
  "laws and regulations",
  "regulations",
  "legal obligation",
  "legal obligations",
  "legal requirements",
  "statutory requirements",
]);

// ---------------------------------------------------------------------------------------------
// Controller and purposes (rules dpo-labelled, legal-obligation-not-law, legal-basis-misfit,
// consent-for-necessary-processing)

/** Words that identify a contact point as the data protection officer (Art. 37-39 GDPR). */
export const dpoLabelTerms = lexicon([
  "FG",
  "functionaris gegevensbescherming",
  "functionaris voor gegevensbescherming",
  "functionaris voor de gegevensbescherming",
  "gegevensbeschermingsfunctionaris",
  "DPO",
  "data protection officer",
  "data-protection officer",
]);

/**
 * Norms that are not Union or Member-State law, so cannot ground Art. 6(1)(c) (Art. 6(3) GDPR).
 * "Richtlijn" is left out: it is also the Dutch word for an EU directive.
 */
export const nonLawNormTerms = lexicon([
  "vrijwillige regelgeving",
  "zelfregulering",
  "zelfregulerende",
  "branchecode",
  "branchecodes",
  "sectorcode",
  "sectorcodes",
  "branche- of sectorcodes",
  "branche- en sectorcodes",
  "brancheafspraken",
  "branchenormen",
  "gedragscode",
  "gedragscodes",
  "vrijwillige code",
  "vrijwillige codes",
  "intern beleid",
  "eigen beleid",
  "interne richtlijnen",
  "interne regels",
  "interne voorschriften",
  "voluntary regulation",
  "voluntary code",
  "voluntary codes",
  "self-regulation",
  "self-regulatory",
  "industry code",
  "industry codes",
  "sector code",
  "sector codes",
  "code of conduct",
  "codes of conduct",
  "internal policy",
  "internal policies",
  "internal guidelines",
  "industry guidelines",
]);

/** The controller's own interests: a 6(1)(f) matter, not a legal obligation (rule legal-basis-misfit). */
export const ownInterestTerms = lexicon([
  "onze belangen",
  "ons belang",
  "onze eigen belangen",
  "ons eigen belang",
  "onze commerciële belangen",
  "onze zakelijke belangen",
  "our interests",
  "our interest",
  "our own interests",
  "our commercial interests",
  "our business interests",
]);

/** Establishing, exercising or defending legal claims: not necessary for a contract with the data subject. */
export const legalClaimTerms = lexicon([
  "rechtsvordering",
  "rechtsvorderingen",
  "rechtsvordering* in te stellen",
  "legal claim",
  "legal claims",
]);

/** Complaints (with `handlingTerms`: handling one is necessary processing, never a matter of consent). */
export const complaintTerms = lexicon([
  "klacht",
  "klachten",
  "klachtafhandeling",
  "klachtenafhandeling",
  "klachtbehandeling",
  "klachtenbehandeling",
  "complaint",
  "complaints",
  "complaint handling",
]);

/** Handling verbs that, next to a complaint, make the purpose complaint handling. */
export const handlingTerms = lexicon(["behandel*", "afhandel*", "afgehandeld", "in behandeling", "handle*", "handling", "deal with", "resolve*"]);

/** Providing a service the data subject asked for, or performing the contract with them (Art. 6(1)(b); Art. 7(4)). */
export const necessaryServiceTerms = lexicon([
  "diensten aan te bieden",
  "dienst aan te bieden",
  "diensten aan u aan te bieden",
  "diensten te leveren",
  "dienst te leveren",
  "diensten te verlenen",
  "dienst te verlenen",
  "diensten uit te voeren",
  "gevraagde dienst",
  "gevraagde diensten",
  "overeenkomst uit te voeren",
  "contract uit te voeren",
  "uitvoering van de overeenkomst",
  "uitvoering van het contract",
  "uitvoeren van de overeenkomst",
  "uitvoeren van het contract",
  "provide our services",
  "provide the services",
  "provide the service",
  "provide our service",
  "requested service",
  "requested services",
  "deliver our services",
  "deliver the service",
  "deliver the services",
  "perform the contract",
  "perform our contract",
  "performance of the contract",
  "performance of a contract",
]);

/** Marketing wording: "aanbieden" then means offering, for which consent can be the right basis. */
export const marketingPurposeTerms = lexicon([
  "informeren",
  "nieuwsbrief",
  "nieuwsbrieven",
  "aanbieding",
  "aanbiedingen",
  "promotie*",
  "promotioneel",
  "promotionele",
  "marketing",
  "reclame",
  "inform you",
  "newsletter*",
  "offers",
  "promotion*",
  "promotional",
  "advertising",
]);

// ---------------------------------------------------------------------------------------------
// Data categories (rule bsn-legal-basis) and disclosures implied by purposes
// (rule recipients-purpose-consistency)

/**
 * The Dutch citizen service number, or documents and numbers that contain it: a Dutch passport or
 * identity card, and the tax number of a natural person (UAVG art. 46).
 */
export const nationalIdTerms = lexicon([
  "BSN",
  "burgerservicenummer",
  "burgerservicenummers",
  "sofinummer",
  "sofi-nummer",
  "identiteitsbewijs",
  "identiteitsbewijzen",
  "ID-bewijs",
  "ID-kopie",
  "kopie ID",
  "paspoort",
  "paspoorten",
  "identiteitskaart",
  "identiteitskaarten",
  "fiscaal identificatienummer",
  "fiscaal nummer",
  "citizen service number",
  "national identification number",
  "national identity number",
  "national ID number",
  "identity document",
  "identity documents",
  "ID document",
  "ID documents",
  "passport",
  "passports",
  "identity card",
  "identity cards",
  "tax identification number",
]);

/**
 * Services whose very output is information about the debtor handed to our clients (the creditor
 * or policyholder): credit insurance cover and limits, business-information and credit reports,
 * collection and factoring for them.
 */
export const clientDisclosureTerms = lexicon([
  "kredietverzekering*",
  "kredietlimiet*",
  "kredietrapport*",
  "kredietinformatie",
  "kredietwaardigheidsrapport*",
  "handelsinformatie",
  "bedrijfsinformatie",
  "business information",
  "incasso",
  "incasso's",
  "incassoprocedure*",
  "invorderingsprocedure*",
  "factoring",
  "credit insurance",
  "credit limit*",
  "credit report*",
  "debt collection",
]);

/** A purpose that names debt collectors as the ones who act. */
export const debtCollectorTerms = lexicon([
  "incassobureau",
  "incassobureaus",
  "incassobureau's",
  "deurwaarder",
  "deurwaarders",
  "gerechtsdeurwaarder*",
  "debt collection agenc*",
  "debt collector*",
  "collection agenc*",
  "bailiff*",
]);

/** A purpose that names reinsurance (which means passing risk data to reinsurers). */
export const reinsuranceTerms = lexicon(["herverzeker*", "reinsur*"]);

/** Retention triggers that mean the withdrawal of consent (rule withdrawal-without-consent). */
export const withdrawalTriggerTerms = lexicon([
  "intrekking",
  "intrekt",
  "ingetrokken",
  "intrekken",
  "withdraw* … consent",
  "consent … withdrawn",
]);
