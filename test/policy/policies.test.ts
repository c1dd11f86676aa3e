/**
 * The real policy and the test-fixture policies load without diagnostics, are valid against the
 * schema, and every id they refer to is declared (and every declaration is used).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadPolicyFile, parsePolicyText } from "../../src/load/index.js";
import type { Policy } from "../../src/model/index.js";
import {
  duplicateIds,
  itemsMissingFromChapterLists,
  referencesOf,
  unresolvedReferences,
  unusedDeclarations,
} from "./references.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const policies = ["policy/coface-nl.yaml", "test/fixtures/policies/gemeente-parkeren.yaml"];

async function loadedData(relative: string): Promise<Policy> {
  const loaded = await loadPolicyFile(path.resolve(repoRoot, relative));
  expect(loaded.diagnostics).toEqual([]);
  return loaded.data as Policy;
}

let validator: Promise<(data: unknown) => string[]> | undefined;

/** The schema compiled once for all policies in this file. */
function schemaValidator(): Promise<(data: unknown) => string[]> {
  validator ??= compileSchema();
  return validator;
}

async function compileSchema(): Promise<(data: unknown) => string[]> {
  const schema: unknown = JSON.parse(await readFile(path.resolve(repoRoot, "schema/policy.schema.json"), "utf8"));
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  // ajv-formats is CommonJS; its callable is the default export or the module itself.
  const formatsModule: unknown = ajvFormats;
  const addFormats = ((formatsModule as { default?: unknown }).default ?? formatsModule) as (instance: Ajv2020) => void;
  addFormats(ajv);
  ajv.addKeyword("enumDescriptions");
  ajv.addKeyword("markdownEnumDescriptions");
  const validate = ajv.compile(schema as object);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ""}`));
}

describe.each(policies)("%s", (relative) => {
  it("loads from file and from text with zero diagnostics", async () => {
    const file = path.resolve(repoRoot, relative);
    const fromFile = await loadPolicyFile(file);
    expect(fromFile.diagnostics).toEqual([]);
    const fromText = parsePolicyText(relative, await readFile(file, "utf8"));
    expect(fromText.diagnostics).toEqual([]);
    expect(fromText.data).toEqual(fromFile.data);
  });

  it("is valid against schema/policy.schema.json", async () => {
    const errors = (await schemaValidator())(await loadedData(relative));
    expect(errors).toEqual([]);
  });

  it("declares every source, recipient, retention rule, purpose, contact point and transfer it refers to", async () => {
    const policy = await loadedData(relative);
    expect(referencesOf(policy).length).toBeGreaterThan(0);
    expect(unresolvedReferences(policy)).toEqual([]);
  });

  it("uses every source, recipient and retention rule it declares", async () => {
    expect(unusedDeclarations(await loadedData(relative))).toEqual([]);
  });

  it("gives chapters, purposes and categories ids that are unique in the notice", async () => {
    expect(duplicateIds(await loadedData(relative))).toEqual([]);
  });

  it("names every itemised source and recipient in its chapter's complete list", async () => {
    expect(itemsMissingFromChapterLists(await loadedData(relative))).toEqual([]);
  });
});

describe("the reference checks", () => {
  const broken = async (): Promise<Policy> => structuredClone(await loadedData(policies[0] ?? ""));

  it("report a retention item that refers to a purpose of another chapter", async () => {
    const policy = await broken();
    const otherChapterPurpose = policy.chapters[1]?.purposes?.items[0]?.id;
    const item = policy.chapters[0]?.retention?.items[0];
    if (!item || otherChapterPurpose === undefined) throw new Error("fixture shape changed");
    item.purposes = [otherChapterPurpose];
    expect(unresolvedReferences(policy)).toEqual([
      { kind: "purpose", id: otherChapterPurpose, path: ["chapters", 0, "retention", "items", 0, "purposes", 0], chapter: 0 },
    ]);
  });

  it("report a contact point that is not declared and a recipient nothing uses", async () => {
    const policy = await broken();
    if (!policy.rights) throw new Error("fixture shape changed");
    policy.rights = { ...policy.rights, howToExercise: ["nergens"] };
    policy.recipients = { ...policy.recipients, ongebruikt: { name: "niemand", kind: "other" } };
    expect(unresolvedReferences(policy).map((ref) => `${ref.kind}:${ref.id}`)).toEqual(["contactPoint:nergens"]);
    expect(unusedDeclarations(policy)).toEqual(["recipient:ongebruikt"]);
  });
});
