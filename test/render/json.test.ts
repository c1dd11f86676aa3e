import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as formatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { examplePolicy } from "../../src/lint/examples/merge.js";
import type { Policy } from "../../src/model/index.js";
import { buildNoticeDocument, MarkdownParser } from "../../src/render/document/index.js";
import { contentHashOf, renderNoticeJson, type JsonSubjectChapter, type NoticeJson } from "../../src/render/json/index.js";
import { basePolicyFile, cofacePolicyFile, repoRoot, validPolicy } from "./support.js";

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats));

function render(policy: Policy): string {
  const parser = new MarkdownParser();
  return renderNoticeJson(policy, buildNoticeDocument(policy, { parser }), parser);
}

let validate: ReturnType<Ajv2020["compile"]>;
let cofaceText: string;
let coface: NoticeJson;
let base: NoticeJson;

beforeAll(async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(await readFile(join(repoRoot, "schema", "notice-json.schema.json"), "utf8")));
  cofaceText = render(await validPolicy(cofacePolicyFile));
  coface = JSON.parse(cofaceText) as NoticeJson;
  base = JSON.parse(render(await validPolicy(basePolicyFile))) as NoticeJson;
});

function subject(notice: NoticeJson, index: number): JsonSubjectChapter {
  const chapter = notice.chapters[index];
  if (chapter?.kind !== "subject") throw new Error(`chapter ${index} is not a subject chapter`);
  return chapter;
}

describe("JSON for websites", () => {
  it("validates against schema/notice-json.schema.json (draft 2020-12)", () => {
    expect(validate(coface), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(base), JSON.stringify(validate.errors)).toBe(true);
  });

  it("has a schema that rejects what the format forbids", () => {
    const withoutHash: Record<string, unknown> = { ...coface };
    delete withoutHash["contentHash"];
    expect(validate(withoutHash)).toBe(false);
    expect(validate({ ...coface, chapters: [{ ...coface.chapters[0], kind: "visitor" }] })).toBe(false);
    expect(validate({ ...coface, extra: true })).toBe(false);
    expect(validate({ ...coface, introduction: { text: { markdown: "x" } } })).toBe(false);
  });

  it("writes two-space indentation, a final newline and the same bytes every time", async () => {
    expect(cofaceText.endsWith("}\n")).toBe(true);
    expect(cofaceText.split("\n")[1]).toBe('  "$schema": "https://privacy-notice.dev/schema/notice-json/1.json",');
    expect(render(await validPolicy(cofacePolicyFile))).toBe(cofaceText);
  });

  it("writes the top-level keys in the documented order", () => {
    expect(Object.keys(coface)).toEqual([
      "$schema", "formatVersion", "id", "language", "title", "lastUpdated", "lastUpdatedText", "version",
      "generator", "contentHash", "controller", "introduction", "chapters", "changes",
    ]);
    expect(Object.keys(coface.chapters[0]!).slice(0, 7)).toEqual(["kind", "id", "number", "anchor", "heading", "title", "label"]);
    expect(Object.keys(subject(coface, 0))).toEqual([
      "kind", "id", "number", "anchor", "heading", "title", "label", "dataSubjects",
      "collection", "provision", "categories", "purposes", "withdrawal", "recipients", "retention", "transfers", "sections",
    ]);
  });

  it("carries a content hash that a consumer can recompute from the file", () => {
    const parsed = JSON.parse(cofaceText) as Record<string, unknown>;
    for (const key of ["$schema", "formatVersion", "generator", "contentHash"]) delete parsed[key];
    expect(coface.contentHash).toBe(`sha256:${createHash("sha256").update(JSON.stringify(parsed)).digest("hex")}`);
    expect(contentHashOf(coface)).toBe(coface.contentHash);
  });

  it("keeps the hash when only the generator changes and changes it when the content does", () => {
    expect(contentHashOf({ ...coface, generator: { name: "privacy-notice", version: "9.9.9" } })).toBe(coface.contentHash);
    expect(contentHashOf({ ...coface, title: "Privacyverklaring" })).not.toBe(coface.contentHash);
    const edited = render(examplePolicy("title: Andere titel") as Policy);
    expect((JSON.parse(edited) as NoticeJson).contentHash).not.toBe(base.contentHash);
  });

  it("gives every text as Markdown and sanitised HTML", () => {
    const intro = coface.introduction.text;
    expect(intro.markdown).toMatch(/^Coface Groep \(hierna de "Groep"\)/);
    expect(intro.html).toMatch(/^<p>Coface Groep \(hierna de "Groep"\)/);
    const contact = coface.chapters.find((chapter) => chapter.kind === "rights");
    expect(contact?.kind === "rights" && contact.contact?.text.html).toContain('<a href="mailto:dpo_coface@coface.com">dpo_coface@coface.com</a>');
  });

  it("gives legal bases, rights, recipients, retention and transfers as codes with DPV IRIs", () => {
    const visitor = subject(coface, 0);
    expect(visitor.purposes?.items[0]?.legalBases).toEqual([{ code: "consent", iri: "https://w3id.org/dpv/legal/eu/gdpr#A6-1-a" }]);
    const prospect = subject(coface, 1);
    expect(prospect.purposes?.items[0]?.legalBases.map((basis) => basis.code)).toEqual(["consent", "legitimate-interest"]);
    const customer = subject(coface, 2);
    expect(customer.purposes?.items[1]?.items?.[0]?.legalBases).toEqual([{ code: "legitimate-interest", iri: "https://w3id.org/dpv/legal/eu/gdpr#A6-1-f" }]);
    expect(visitor.recipients && "recipients" in visitor.recipients ? visitor.recipients.recipients?.map((r) => [r.id, r.kind, r.iri]) : undefined).toEqual([
      ["groep", "group-company", "https://w3id.org/dpv#Recipient"],
      ["samenwerkingspartners", "business-partner", "https://w3id.org/dpv#ThirdParty"],
      ["dienstverleners", "service-provider", "https://w3id.org/dpv#DataProcessor"],
    ]);
    expect(visitor.retention?.items[1]?.rules?.map((rule) => [rule.id, rule.period])).toEqual([
      ["tot-intrekking-of-bezwaar", "P0D"],
      ["tot-afmelding", "P0D"],
      ["twee-jaar-inactiviteit", "P2Y"],
    ]);
    const transfers = coface.chapters.find((chapter) => chapter.kind === "transfers");
    expect(transfers?.kind === "transfers" && transfers.transfers?.[0]?.mechanisms).toEqual([
      { code: "standard-contractual-clauses", iri: "https://w3id.org/dpv/legal/eu/gdpr#A46-2-c" },
    ]);
    const rights = coface.chapters.find((chapter) => chapter.kind === "rights");
    expect(rights?.kind === "rights" && rights.rights.map((right) => right.iri)).toContain("https://w3id.org/dpv/legal/eu/gdpr#A15");
  });

  it("points every chapter and section at its anchor on the HTML page", async () => {
    const document = buildNoticeDocument(await validPolicy(cofacePolicyFile));
    expect(coface.chapters.map((chapter) => chapter.anchor)).toEqual(document.chapters.map((chapter) => chapter.anchor));
    expect(subject(coface, 0).purposes?.anchor).toBe("hoofdstuk-1-websitebezoeker-doelen");
    expect(subject(coface, 0).sections?.[0]).toMatchObject({ id: "cookies", anchor: "hoofdstuk-1-websitebezoeker-cookies" });
  });

  it("publishes an explicit 'not applicable' with its reason", () => {
    const transfers = base.chapters.find((chapter) => chapter.kind === "transfers");
    expect(transfers).toMatchObject({ kind: "transfers", notApplicable: { markdown: "Wij geven uw persoonsgegevens niet door naar landen buiten de Europese Economische Ruimte." } });
    expect(base.controller.jointControllers).toMatchObject({ notApplicable: { markdown: "Fietsapp bepaalt de doelen en middelen van de verwerking alleen." } });
  });

  it("keeps lastUpdated and version present, as null, when the policy has none", () => {
    const undated = JSON.parse(render(examplePolicy("lastUpdated: null\nversion: null") as Policy)) as NoticeJson;
    expect([undated.lastUpdated, undated.lastUpdatedText, undated.version]).toEqual([null, null, null]);
    expect(validate(undated), JSON.stringify(validate.errors)).toBe(true);
  });
});
