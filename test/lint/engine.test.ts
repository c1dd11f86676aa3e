import { describe, expect, it } from "vitest";
import { ToolError } from "../../src/diagnostics/index.js";
import { fillTemplate, lintPolicy, type RuleCatalogue } from "../../src/lint/engine.js";
import { defaultConfig, type LintConfig } from "../../src/lint/config.js";
import { buggyRules, fixtureRules } from "../fixtures/rules/index.js";
import { baseWith, inputFromFragment, inputFromText, lineOf } from "../fixtures/rules/policy.js";

const noBasis = `
chapters:
  - id: gebruiker
    title: U gebruikt de app
    label: een gebruiker
    dataSubjects: [user]
    purposes:
      items:
        - id: zonder-grond
          text: iets doen
        - id: met-grond
          text: iets anders
          legalBasis: contract
`;

function config(rules: LintConfig["rules"], overrides: LintConfig["overrides"] = [], file = "/repo/privacy-notice.config.yaml"): LintConfig {
  return { file, rules, overrides };
}

describe("lintPolicy", () => {
  it("reports a purpose without legal basis at the purpose's line and column, in nl and en", async () => {
    const { loaded, policy } = inputFromFragment(noBasis);
    const diagnostics = await lintPolicy({ loaded, policy, rules: fixtureRules });
    const finding = diagnostics.find((d) => d.ruleId === "fixture-legal-basis");
    expect(finding).toMatchObject({
      file: "policy/example.yaml",
      source: "rule",
      messageId: "missing",
      severity: "error",
      path: ["chapters", 0, "purposes", "items", 0],
      message: { nl: "Doel `zonder-grond` heeft geen grondslag.", en: "Purpose `zonder-grond` has no legal basis." },
    });
    // The purpose mapping starts at its first key, after the "- ".
    const line = lineOf(loaded.text, "id: zonder-grond");
    const column = (loaded.text.split("\n")[line - 1] ?? "").indexOf("id: zonder-grond") + 1;
    expect(finding?.range.start).toEqual({ line, column });
  });

  it("reports nothing for the clean base policy", async () => {
    const { loaded, policy } = inputFromFragment("{}");
    expect(await lintPolicy({ loaded, policy, rules: fixtureRules })).toEqual([]);
  });

  it("drops a dependent rule's report at a path inside its parent's report, but keeps unrelated ones", async () => {
    const { loaded, policy } = inputFromFragment(noBasis);
    const diagnostics = await lintPolicy({ loaded, policy, rules: fixtureRules });
    const explained = diagnostics.filter((d) => d.ruleId === "fixture-short-text");
    // Both purposes have short texts; the first also lacks a basis, which its parent reports.
    expect(explained.map((d) => d.path)).toEqual([["chapters", 0, "purposes", "items", 1, "text"]]);
  });

  it("keeps a dependent rule's report when the parent rule is off", async () => {
    const { loaded, policy } = inputFromFragment(noBasis);
    const diagnostics = await lintPolicy({ loaded, policy, rules: fixtureRules, config: config({ "fixture-legal-basis": "off" }) });
    expect(diagnostics.filter((d) => d.ruleId === "fixture-short-text")).toHaveLength(2);
    expect(diagnostics.some((d) => d.ruleId === "fixture-legal-basis")).toBe(false);
  });

  it("applies configured severities and does not even load rules that are off", async () => {
    const loads: string[] = [];
    const counting: RuleCatalogue = Object.fromEntries(
      Object.entries(fixtureRules).map(([id, load]) => [id, () => (loads.push(id), load())]),
    );
    const { loaded, policy } = inputFromFragment(noBasis);
    const diagnostics = await lintPolicy({
      loaded,
      policy,
      rules: counting,
      config: config({ "fixture-legal-basis": "warn", "fixture-title": "off" }),
    });
    expect(diagnostics.find((d) => d.ruleId === "fixture-legal-basis")?.severity).toBe("warning");
    expect(loads).not.toContain("fixture-title");
    expect(loads).toContain("fixture-legal-basis");
  });

  it("applies the last matching override for the file, with globs relative to the config file", async () => {
    const { loaded, policy } = inputFromFragment(noBasis, "policy/legacy/oud.yaml");
    const withOverrides = config({ "fixture-legal-basis": "error" }, [
      { files: ["policy/**/*.yaml"], rules: { "fixture-legal-basis": "off" } },
      { files: ["policy/legacy/*.yaml"], rules: { "fixture-legal-basis": "warn" } },
      { files: ["elders/*.yaml"], rules: { "fixture-legal-basis": "error" } },
    ]);
    const diagnostics = await lintPolicy({ loaded, policy, rules: fixtureRules, config: withOverrides, cwd: "/repo" });
    expect(diagnostics.find((d) => d.ruleId === "fixture-legal-basis")?.severity).toBe("warning");

    const other = inputFromFragment(noBasis, "policy/nieuw.yaml");
    const otherDiagnostics = await lintPolicy({ ...other, rules: fixtureRules, config: withOverrides, cwd: "/repo" });
    expect(otherDiagnostics.some((d) => d.ruleId === "fixture-legal-basis")).toBe(false);

    // Seen from another working directory the same relative name is a different file.
    const elsewhere = await lintPolicy({ loaded, policy, rules: fixtureRules, config: withOverrides, cwd: "/repo/sub" });
    expect(elsewhere.find((d) => d.ruleId === "fixture-legal-basis")?.severity).toBe("error");
  });

  it("de-duplicates identical reports and sorts by line", async () => {
    const text = baseWith("title: Privacyverklaring Fietsapp", "title: Privacyverklaring Fietsapp TODO");
    const { loaded, policy } = inputFromText(text);
    const diagnostics = await lintPolicy({ loaded, policy, rules: fixtureRules, config: defaultConfig });
    expect(diagnostics.filter((d) => d.ruleId === "fixture-title")).toHaveLength(1);
    const lines = diagnostics.map((d) => d.range.start.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("reports a rule that throws as a ToolError naming the rule", async () => {
    const { loaded, policy } = inputFromFragment("{}");
    const failure = await lintPolicy({ loaded, policy, rules: { "fixture-throws": buggyRules["fixture-throws"]! } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ToolError);
    expect((failure as ToolError).code).toBe("internal");
    expect((failure as ToolError).text.en).toContain('"fixture-throws"');
    expect((failure as ToolError).text.nl).toContain('"fixture-throws"');
  });

  it("reports a rule that uses an undefined messageId as a ToolError naming the rule", async () => {
    const { loaded, policy } = inputFromFragment("{}");
    const failure = await lintPolicy({ loaded, policy, rules: { "fixture-bad-message": buggyRules["fixture-bad-message"]! } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ToolError);
    expect((failure as ToolError).text.en).toMatch(/"fixture-bad-message".*unknown messageId "unknown"/);
  });

  it("refuses a catalogue entry whose module has another meta.id", async () => {
    const { loaded, policy } = inputFromFragment("{}");
    const failure = await lintPolicy({ loaded, policy, rules: { "other-name": fixtureRules["fixture-title"]! } }).catch((e: unknown) => e);
    expect((failure as ToolError).text.en).toContain('has meta.id "fixture-title"');
  });
});

describe("fillTemplate", () => {
  it("fills placeholders, tolerates spaces inside braces and leaves unknown names visible", () => {
    expect(fillTemplate("Doel {{purpose}} mist {{ field }}; {{other}}", { purpose: "x", field: "grondslag" })).toBe(
      "Doel x mist grondslag; {{other}}",
    );
    expect(fillTemplate("{{n}} keer", { n: 3 })).toBe("3 keer");
  });
});
