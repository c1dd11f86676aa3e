/**
 * A small ESLint-style rule tester: each rule is run against policies that keep it (`valid`) and
 * policies that break it (`invalid`, with the expected message ids and paths). Fragments are merged
 * over src/lint/examples/base.yaml, so a test shows only what matters to the rule.
 */
import { describe, expect, it } from "vitest";
import { examplePolicy } from "../../src/lint/examples/merge.js";
import type { Report, Rule } from "../../src/lint/rule.js";
import type { Policy } from "../../src/model/index.js";
import type { PolicyPath } from "../../src/diagnostics/index.js";

export interface InvalidCase {
  readonly name?: string;
  readonly yaml: string;
  /** The previous version (a fragment over the base policy), for rules that compare versions. */
  readonly previous?: string;
  readonly errors: readonly { readonly messageId: string; readonly path?: PolicyPath }[];
}

export interface RuleCases {
  readonly valid: readonly (string | { readonly name: string; readonly yaml: string; readonly previous?: string })[];
  readonly invalid: readonly InvalidCase[];
}

/** Runs one rule on the example policy built from a fragment and returns its raw reports. */
export function runRule(rule: Rule, fragmentYaml: string, previousYaml?: string): Report[] {
  const reports: Report[] = [];
  const policy = examplePolicy(fragmentYaml) as Policy;
  const previous = previousYaml === undefined ? {} : { previous: examplePolicy(previousYaml) as Policy };
  rule.check({ policy, ...previous, report: (report) => reports.push(report) });
  return reports;
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(`rule ${rule.meta.id}`, () => {
    it("accepts its documented correct example", () => {
      expect(runRule(rule, rule.meta.examples.correct, rule.meta.examples.previous)).toEqual([]);
    });
    it("reports its documented incorrect example", () => {
      expect(runRule(rule, rule.meta.examples.incorrect, rule.meta.examples.previous).length).toBeGreaterThan(0);
    });
    it("accepts the clean base policy", () => {
      expect(runRule(rule, "{}")).toEqual([]);
    });
    for (const [index, testCase] of cases.valid.entries()) {
      const { name, yaml, previous } = typeof testCase === "string" ? { name: `valid #${index + 1}`, yaml: testCase, previous: undefined } : testCase;
      it(`accepts: ${name}`, () => {
        expect(runRule(rule, yaml, previous)).toEqual([]);
      });
    }
    for (const [index, testCase] of cases.invalid.entries()) {
      it(`reports: ${testCase.name ?? `invalid #${index + 1}`}`, () => {
        if (testCase.errors.length === 0) throw new Error("an invalid case must list its expected errors");
        const reports = runRule(rule, testCase.yaml, testCase.previous);
        expect(reports.map((report) => report.messageId)).toEqual(testCase.errors.map((error) => error.messageId));
        testCase.errors.forEach((error, i) => {
          if (error.path) expect(reports[i]?.path).toEqual(error.path);
          const message = rule.meta.messages[error.messageId];
          if (!message) throw new Error(`rule ${rule.meta.id} has no message ${error.messageId}`);
        });
      });
    }
  });
}
