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
 */

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
const UNICODE_FOLDS = /[\u017F\u212A\u212B\u1E9E]/;

/**
 * Whether a UTF-16 code unit is in LETTER, without case folding (it is used on phrases and on
 * lower-cased text). Code, not a regex: it runs for every phrase of a lexicon before V8 warms up.
 */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function compilePhrase(phrase: string, flags: "gi" | "giu"): RegExp {
  const words = phrase.trim().split(/\s+/);
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

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A text as the prefilter reads it: made once per text and shared by all lexicons (see {@link prepare}). */
interface PreparedText {
  readonly lower: string;
  /** `lower` with every run of separators (spaces, brackets, quotes) as one space. */
  readonly squashed: string;
  /** Whether the text has one of {@link UNICODE_FOLDS}. */
  readonly unicode: boolean;
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
    prepared = { lower, squashed: lower.replace(SEPARATOR_RUN, " "), unicode: UNICODE_FOLDS.test(text) };
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
 * One phrase, compiled on first use: a lint run meets only a few of the ~600 phrases, and V8 takes
 * about 0.1 ms to compile a pattern. So a pattern is only built and run for a text that has every
 * piece of the phrase in place (see {@link mayMatch}), which nearly always means it matches.
 */
interface LazyPattern {
  readonly phrase: string;
  /** The phrase's pieces, longest first: the likeliest to be missing, so the check ends soonest. */
  readonly pieces: readonly Piece[];
  /** The phrase's literal words, lower-cased: the prefilter for a text with {@link UNICODE_FOLDS}. */
  words?: readonly string[];
  regex?: RegExp;
  unicodeRegex?: RegExp;
}

/** A `…` or a `*` (with the space around it): where a phrase's pieces end. */
const PIECE_END = / ?([…*]) ?/;

function lazyPattern(phrase: string): LazyPattern {
  // One replace and one split: this runs for every phrase of a lexicon on its first search.
  const parts = phrase.trim().toLowerCase().replace(SEPARATOR_RUN, " ").split(PIECE_END);
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
  return phrase
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "…")
    .map((word) => word.replace(/\*$/, "").toLowerCase());
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

function regexOf(pattern: LazyPattern, unicode: boolean): RegExp {
  return unicode
    ? (pattern.unicodeRegex ??= compilePhrase(pattern.phrase, "giu"))
    : (pattern.regex ??= compilePhrase(pattern.phrase, "gi"));
}

function spans(text: string, prepared: PreparedText, patterns: readonly LazyPattern[]): Span[] {
  const found: Span[] = [];
  for (const candidate of patterns) {
    if (!mayMatch(candidate, prepared)) continue;
    const pattern = regexOf(candidate, prepared.unicode);
    // exec, not matchAll: matchAll clones the pattern on every call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

/** A match as quoted in a message: brackets and quotes between words dropped, one space between words. */
function tidy(match: string): string {
  return match.replace(/(?:\s*[()[\]"“”‘’']+\s+|\s+[()[\]"“”‘’']+\s*|\s+)/g, " ").trim();
}

/** Compiles phrases (and exception phrases) into a {@link Lexicon}. */
export function lexicon(phrases: readonly string[], exceptions: readonly string[] = []): Lexicon {
  // Prepared on the first search, so loading the module costs nothing for lexicons a run never uses.
  let patterns: readonly LazyPattern[] | undefined;
  let exceptionPatterns: readonly LazyPattern[] | undefined;
  // Each phrase's longest piece, which rules out nearly every phrase. Checked inline from a flat
  // array: before V8 optimises this loop, a function call per phrase costs more than the check.
  let keys: readonly string[] | undefined;
  return {
    phrases,
    exceptions,
    find(text: string): string | undefined {
      const prepared = prepare(text);
      let excluded: Span[] | undefined;
      let best: { index: number; text: string } | undefined;
      patterns ??= phrases.map(lazyPattern);
      keys ??= patterns.map((pattern) => pattern.pieces[0]?.text ?? "");
      for (let i = 0; i < patterns.length; i++) {
        if (!prepared.unicode && !prepared.squashed.includes(keys[i]!)) continue;
        if (!mayMatch(patterns[i]!, prepared)) continue;
        const pattern = regexOf(patterns[i]!, prepared.unicode);
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          const start = match.index;
          const end = start + match[0].length;
          excluded ??= spans(text, prepared, (exceptionPatterns ??= exceptions.map(lazyPattern)));
          if (excluded.some((span) => span.start < end && start < span.end)) continue;
          if (!best || start < best.index) best = { index: start, text: match[0] };
          break;
        }
      }
      return best === undefined ? undefined : tidy(best.text);
    },
  };
}

const LINK = new RegExp(`https?:\\/\\/|(?<!${WORD_CHAR})www\\.|\\]\\(`, "iu");

/** Whether a (Markdown) text contains a direct link: a URL, a `www.` address or a Markdown link. */
export function containsLink(text: string): boolean {
  return LINK.test(text);
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
// Without `u`, which halves its compile time; see UNICODE_FOLDS for the texts that need it.
const DURATION = new RegExp(DURATION_SOURCE, "i");
let unicodeDuration: RegExp | undefined;

/**
 * Words one of which every duration contains: the units and the words for "at once". Most texts have
 * none, and checking for them is far cheaper than compiling and running DURATION.
 */
const DURATION_WORDS = [...UNITS.split("|"), "onmiddellijk", "direct na", "immediately"];

/** Whether a text states a concrete duration (`2 jaar`, `zes maanden`, `onmiddellijk`, `7 years`). */
export function containsDuration(text: string): boolean {
  const { lower, unicode } = prepare(text);
  for (let i = 0; i < DURATION_WORDS.length; i++) {
    if (!lower.includes(DURATION_WORDS[i]!)) continue;
    return (unicode ? (unicodeDuration ??= new RegExp(DURATION_SOURCE, "iu")) : DURATION).test(text);
  }
  return false;
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

/** Words that only introduce or quantify a description ("onze", "elke", "andere", "the", "via"). */
const FILLER = new RegExp(
  "^(?:de|het|een|onze|ons|uw|alle|andere|overige|elke|iedere|diverse|verschillende|bepaalde|eventuele|" +
    "via|aan|door|van|bij|met|the|our|your|all|other|any|each|every|various|certain|selected|some|from|by|to|with)\\s+",
  "iu",
);
/** "… van de Groep", "… die onderdeel is van de Groep", "… of the group": membership, not a sector or role. */
const GROUP_QUALIFIER = new RegExp(
  "\\s+(?:die\\s+(?:onderdeel|deel)\\s+(?:is|zijn|uitmaakt|uitmaken)\\s+van|(?:that|which)\\s+(?:is|are)\\s+part\\s+of|" +
    "van|binnen|of|within|in)\\s+(?:de|het|onze|the|our)\\s+(?:groep|group|concern)$",
  "iu",
);
/** Words that open an example list in brackets: "(waaronder …)", "(such as …)". */
const NOTE_OPENER = /^(?:waaronder|zoals|bijvoorbeeld|bijv\.|o\.a\.|onder andere|including|such as|e\.g\.|for example)\s+/iu;
const PLURAL_SUFFIX = new RegExp(`(?<=[${LATIN_LETTER}])\\((?:s|en|n|e)\\)`, "g");
/** Commas, slashes and conjunctions; not after a hyphen, which suspends a compound ("wet- en regelgeving"). */
const PART_SEPARATOR = /(?<!-)\s*[,;/]\s*|(?<!-)\s+(?:en\/of|and\/or|en|of|and|or|&)\s+/iu;

interface DescriptionPart {
  /** The part without bracketed notes, as written. */
  readonly main: string;
  /** Contents of bracketed notes in this part, e.g. `internet, handelsregister`. */
  readonly notes: readonly string[];
}

/** Splits an enumeration ("A, B of C (x, y)") into its parts, keeping bracketed notes with their part. */
function descriptionParts(text: string): DescriptionPart[] {
  const notes: string[] = [];
  const masked = text
    .replace(PLURAL_SUFFIX, "")
    .replace(/\(([^()]*)\)/g, (_, note: string) => `\u0001${notes.push(note) - 1}\u0002`);
  return masked
    .split(PART_SEPARATOR)
    .map((part) => ({
      main: part.replace(/\u0001\d+\u0002/g, " ").replace(/\s+/g, " ").trim(),
      notes: [...part.matchAll(/\u0001(\d+)\u0002/g)].map((match) => notes[Number(match[1])] ?? ""),
    }))
    .filter((part) => part.main !== "" || part.notes.length > 0);
}

function stripFillers(text: string): string {
  let current = text.replace(/[\s.:;,!]+$/u, "").trim();
  for (let previous = ""; previous !== current; ) {
    previous = current;
    current = current.replace(FILLER, "").replace(GROUP_QUALIFIER, "").trim();
  }
  return current;
}

/** Whether a phrase of the lexicon covers the whole (filler-free) text, not just a word in it. */
function isWholly(text: string, terms: Lexicon): boolean {
  const core = stripFillers(text);
  if (core === "") return false;
  const found = terms.find(core);
  return found !== undefined && found.toLowerCase() === core.replace(/\s+/g, " ").toLowerCase();
}

function isGenericPart(part: DescriptionPart, terms: Lexicon): boolean {
  if (!isWholly(part.main, terms)) return false;
  // A bracketed note that names something specific ("(internet, handelsregister)") qualifies the part.
  return part.notes.every((note) => onlyGeneric(note.replace(NOTE_OPENER, ""), terms));
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
