/**
 * policy/coface-nl.yaml must carry the published Coface notice whole and verbatim: every sentence of
 * the original is in its text fields, and its text fields follow the original's order and add nothing.
 * Only what renderers generate from the structure is exempt.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  missingSentences,
  normaliseLine,
  orderProblems,
  sentencesOf,
  splitSentences,
  textFields,
  type TextField,
} from "./seed-text.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const seedFile = path.resolve(repoRoot, "../shared/seeds/000_c22649fad7061b78.txt");
const policyFile = path.resolve(repoRoot, "policy/coface-nl.yaml");

/** The web page's call-to-action block starts here; it is not part of the notice. */
const CALL_TO_ACTION = "Advies of een voorstel op maat?";

/** Section headings that renderers print from the structure (collection, categories, …). */
const STANDARD_HEADINGS: ReadonlySet<string> = new Set([
  "Wijze van verzamelen van Persoonsgegevens",
  "Categorieën Persoonsgegevens",
  "Doelen en rechtsgronden",
  "Recht op intrekking",
  "Ontvangers van verzamelde Persoonsgegevens",
  "Periode gedurende welke de Persoonsgegevens worden bewaard",
]);

/** Lines renderers generate: the title, the date line, numbered chapter headings and the chapter list. */
function isGenerated(line: string, index: number): boolean {
  return (
    index === 0 ||
    /laatst bijgewerkt/u.test(line) ||
    /^Hoofdstuk [IVX]+ - /u.test(line) ||
    /[–-] Hoofdstuk [IVX]+[;.]$/u.test(line) ||
    STANDARD_HEADINGS.has(line)
  );
}

const seed = readFileSync(seedFile, "utf8");
const ctaStart = seed.indexOf(CALL_TO_ACTION);
const noticeLines = seed
  .slice(0, ctaStart)
  .split(/\r?\n/u)
  .map(normaliseLine)
  .filter((line) => line.length > 0);
/** The notice's prose as one searchable text: one normalised line per line, generated lines kept. */
const noticeText = noticeLines.join("\n");
const proseSentences = noticeLines.filter((line, index) => !isGenerated(line, index)).flatMap(splitSentences);
const callToActionSentences = sentencesOf(seed.slice(ctaStart));

const policy: unknown = parse(readFileSync(policyFile, "utf8"));
const allTextFields = textFields(policy);

/**
 * Published text in reading order. Declarations (controller, sources, recipients, retention rules,
 * the transfer records) are data, not prose; labels are printed in the introduction's chapter list,
 * which renderers generate, so they are checked for presence only.
 */
function publishedTextFields(value: unknown): TextField[] {
  const declarations = new Set(["controller", "sources", "recipients", "retentionRules"]);
  return textFields(value).filter(
    ({ path: fieldPath }) =>
      !(fieldPath.length > 1 && declarations.has(String(fieldPath[0]))) &&
      !(fieldPath[0] === "transfers" && fieldPath[1] === "transfers") &&
      fieldPath.at(-1) !== "label",
  );
}

/** A deep copy of the parsed policy, for tests that break it on purpose. */
function copyOfPolicy(): Record<string, unknown> {
  return structuredClone(policy) as Record<string, unknown>;
}

describe("the Coface seed notice", () => {
  it("has a call-to-action block to leave out and enough prose to compare", () => {
    expect(ctaStart).toBeGreaterThan(0);
    // Every chapter heading I–VII comes before the call to action, so none of the notice is cut off.
    expect(noticeLines.filter((line) => /^Hoofdstuk [IVX]+ - /u.test(line))).toHaveLength(7);
    expect(proseSentences.length).toBeGreaterThan(100);
  });
});

describe("policy/coface-nl.yaml against the seed", () => {
  it("contains every sentence of the seed's prose in its text fields", () => {
    expect(missingSentences(proseSentences, allTextFields)).toEqual([]);
  });

  it("follows the seed's order and adds no text of its own", () => {
    expect(orderProblems(publishedTextFields(policy), noticeText)).toEqual([]);
  });

  it("takes every label from the introduction's list of chapters", () => {
    const labels = allTextFields.filter((field) => field.path.at(-1) === "label" && field.path[0] !== "controller");
    expect(labels.length).toBeGreaterThan(0);
    const chapterList = noticeLines.filter((line) => /[–-] Hoofdstuk [IVX]+[;.]$/u.test(line));
    for (const label of labels) {
      expect(chapterList.some((line) => line.startsWith(`${label.text} `)), label.text).toBe(true);
    }
  });

  it("leaves the web page's call-to-action block out", () => {
    expect(callToActionSentences.length).toBeGreaterThan(0);
    const leaked = callToActionSentences.filter((sentence) => missingSentences([sentence], allTextFields).length === 0);
    expect(leaked).toEqual([]);
  });

  it("notices a section that was dropped", () => {
    const broken = copyOfPolicy();
    const chapters = broken["chapters"] as Record<string, unknown>[];
    const chapter = chapters[0];
    if (!chapter) throw new Error("the policy has no chapters");
    const removed = textFields(chapter["sections"]);
    delete chapter["sections"];
    expect(removed.length).toBeGreaterThan(0);
    const missing = missingSentences(proseSentences, textFields(broken));
    expect(missing).toEqual(expect.arrayContaining(removed.flatMap((field) => sentencesOf(field.text))));
  });

  it("notices a sentence that the seed does not have", () => {
    const broken = copyOfPolicy();
    const security = broken["security"] as Record<string, unknown>;
    const invented = "Wij bewaren uw gegevens nooit langer dan nodig.";
    security["text"] = `${String(security["text"])}\n\n${invented}`;
    expect(orderProblems(publishedTextFields(broken), noticeText)).toEqual([
      { pointer: "/security/text", sentence: invented, inSource: false },
    ]);
  });

  it("notices two chapters in the wrong order", () => {
    const broken = copyOfPolicy();
    const chapters = broken["chapters"] as unknown[];
    broken["chapters"] = [chapters[1], chapters[0], ...chapters.slice(2)];
    const problems = orderProblems(publishedTextFields(broken), noticeText);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.inSource)).toBe(true);
  });
});
