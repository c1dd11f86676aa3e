import { readFile } from "node:fs/promises";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import sarif from "../../src/format/sarif.js";
import { context, sampleResults } from "./results.js";

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri?: string; defaultConfiguration: { level: string }; properties: { tags: string[] } }[] } };
    automationDetails: { id: string };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
let validate: ValidateFunction;

beforeAll(async () => {
  const schema = JSON.parse(await readFile(new URL("../../../shared/anchors/sarif-2.1.0.draft-07.schema.json", import.meta.url), "utf8")) as object;
  // The draft-07 copy compiles with plain ajv once the `u` flag is off (one pattern is not Unicode-safe).
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  validate = ajv.compile(schema);
});

describe("sarif formatter", () => {
  it("writes a log that is valid against the SARIF 2.1.0 schema, formats included", async () => {
    const results = await sampleResults();
    for (const ctx of [await context(), await context({ lang: "en", docsBaseUrl: "https://github.com/acme/privacy-notice/blob/HEAD/" })]) {
      const log: unknown = JSON.parse(sarif(results, ctx));
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it("rejects a log with a relative helpUri, so the schema check above has teeth", async () => {
    const log = JSON.parse(sarif(await sampleResults(), await context({ docsBaseUrl: "https://x.example/" }))) as SarifLog;
    log.runs[0]!.tool.driver.rules[0]!.helpUri = "docs/rules/fixture-legal-basis.md";
    expect(validate(log)).toBe(false);
  });

  it("lists every enabled rule, also those that did not fire, and the built-in checks that did", async () => {
    const log = JSON.parse(sarif(await sampleResults(), await context())) as SarifLog;
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual(["fixture-legal-basis", "fixture-short-text", "fixture-title"]);
    expect(log.runs[1]!.tool.driver.rules.map((rule) => rule.id)).toEqual(["fixture-legal-basis", "fixture-short-text", "fixture-title", "schema/required"]);
    expect(log.runs[0]!.tool.driver.rules[0]!.properties.tags).toContain("Art. 13(1)(c)");
    expect(log.runs[0]!.tool.driver.rules[1]!.defaultConfiguration.level).toBe("warning");
  });

  it("points each result at its rule by id and index, with a repo-relative region", async () => {
    const log = JSON.parse(sarif(await sampleResults(), await context())) as SarifLog;
    for (const run of log.runs) {
      for (const result of run.results) {
        expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
        const { artifactLocation, region } = result.locations[0]!.physicalLocation;
        expect(artifactLocation.uriBaseId).toBe("%SRCROOT%");
        expect(artifactLocation.uri).toMatch(/^policy\/[a-z]+\.yaml$/);
        expect(region["startLine"]).toBeGreaterThanOrEqual(1);
        expect(region["endColumn"]).toBeGreaterThan(region["startColumn"]!);
      }
    }
    const basis = log.runs[0]!.results.find((result) => result.ruleId === "fixture-legal-basis");
    expect(basis).toMatchObject({ level: "error", message: { text: "Doel `account-beheren` heeft geen grondslag." } });
  });

  it("keeps suppressed findings as inSource suppressions with the directive's reason", async () => {
    const log = JSON.parse(sarif(await sampleResults(), await context())) as SarifLog;
    const title = log.runs[0]!.results.find((result) => result.ruleId === "fixture-title");
    expect(title?.suppressions).toEqual([{ kind: "inSource", justification: "werktitel: de naam is nog geheim" }]);
    expect(log.runs[0]!.results.filter((result) => result.suppressions)).toHaveLength(1);
  });

  it("names one category per policy and gives stable, path-based fingerprints", async () => {
    const results = await sampleResults();
    const log = JSON.parse(sarif(results, await context())) as SarifLog;
    expect(log.runs.map((run) => run.automationDetails.id)).toEqual(["privacy-notice/fietsapp/", "privacy-notice/kapot/"]);
    // The same finding moved down by inserted lines keeps its fingerprint.
    const moved = results.map((result) => ({
      ...result,
      diagnostics: result.diagnostics.map((d) => ({ ...d, range: { start: { ...d.range.start, line: d.range.start.line + 3 }, end: { ...d.range.end, line: d.range.end.line + 3 } } })),
    }));
    const movedLog = JSON.parse(sarif(moved, await context())) as SarifLog;
    const prints = (l: SarifLog) => l.runs.flatMap((run) => run.results.map((r) => r.partialFingerprints["primaryLocationLineHash"]));
    expect(prints(movedLog)).toEqual(prints(log));
    expect(new Set(prints(log)).size).toBe(prints(log).length);
  });

  it("is deterministic and carries no timestamps", async () => {
    const results = await sampleResults();
    const ctx = await context();
    const first = sarif(results, ctx);
    expect(sarif(results, ctx)).toBe(first);
    expect(first).not.toMatch(/"\w*(Time|time)\w*Utc"|\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it("gives absolute helpUris only when a docs base is known", async () => {
    const withBase = JSON.parse(sarif(await sampleResults(), await context({ docsBaseUrl: "https://github.com/acme/privacy-notice/blob/HEAD/" }))) as SarifLog;
    expect(withBase.runs[0]!.tool.driver.rules[0]!.helpUri).toBe("https://github.com/acme/privacy-notice/blob/HEAD/docs/rules/fixture-legal-basis.md");
    const without = JSON.parse(sarif(await sampleResults(), await context())) as SarifLog;
    expect(without.runs[0]!.tool.driver.rules[0]!.helpUri).toBeUndefined();
  });

  it("uses an absolute file URI for a policy outside the working directory", async () => {
    const [first] = await sampleResults();
    const log = JSON.parse(sarif([{ ...first!, file: "/elders/beleid.yaml" }], await context())) as SarifLog;
    const location = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: "file:///elders/beleid.yaml" });
    expect(validate(log)).toBe(true);
  });
});
