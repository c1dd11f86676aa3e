/** Realistic lint results for formatter tests: real engine output from fixture rules, plus a schema error. */
import { readFileSync } from "node:fs";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { lintPolicy, loadAllRules } from "../../src/lint/engine.js";
import type { RuleMeta } from "../../src/lint/rule.js";
import type { FormatContext, LintResult } from "../../src/format/index.js";
import { fixtureRules } from "../fixtures/rules/index.js";
import { inputFromText } from "../fixtures/rules/policy.js";

export const CWD = "/work/repo";

/** A schema diagnostic as the validate stage makes them (hand-made: formatters only read the shape). */
export const schemaError: Diagnostic = {
  file: "policy/kapot.yaml",
  source: "schema",
  ruleId: "schema/required",
  messageId: "required",
  message: { nl: "Het verplichte veld `controller` ontbreekt.", en: "The required field `controller` is missing." },
  severity: "error",
  path: [],
  range: { start: { line: 1, column: 1 }, end: { line: 1, column: 7 } },
};

/**
 * test/fixtures/rules/fietsapp.yaml as policy/fietsapp.yaml: a purpose without basis (error), two short
 * purpose texts (warnings, one dropped by dependsOn), and a TODO title suppressed by a directive.
 */
export async function sampleResults(): Promise<LintResult[]> {
  const text = readFileSync(new URL("../fixtures/rules/fietsapp.yaml", import.meta.url), "utf8");
  const { loaded, policy } = inputFromText(text, "policy/fietsapp.yaml");
  const diagnostics = await lintPolicy({ loaded, policy, rules: fixtureRules });
  return [
    { file: "policy/fietsapp.yaml", policyId: "fietsapp", diagnostics },
    { file: "policy/kapot.yaml", diagnostics: [schemaError] },
  ];
}

export async function fixtureMeta(): Promise<Record<string, RuleMeta>> {
  return Object.fromEntries((await loadAllRules(fixtureRules)).map((rule) => [rule.meta.id, rule.meta]));
}

export async function context(overrides: Partial<FormatContext> = {}): Promise<FormatContext> {
  return { cwd: CWD, lang: "nl", rules: await fixtureMeta(), toolVersion: "0.1.0", color: false, ...overrides };
}
