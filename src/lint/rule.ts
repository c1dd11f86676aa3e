/**
 * The shape of a lint rule: one pure module per rule under `rules/<id>.ts`, default-exporting
 * `defineRule({ meta, check })`. Rules read the validated policy and report at *paths*; the engine
 * turns paths into line:column, applies configuration and suppressions, and formats output.
 */
import type { LocalizedText, PolicyPath, Severity } from "../diagnostics/index.js";
import type { Policy } from "../model/index.js";

export type RuleType = "completeness" | "consistency" | "style";

export interface RuleExamples {
  /**
   * YAML fragments merged over the clean example policy (`src/lint/examples/base.yaml`):
   * mappings merge deeply, lists and scalars replace, `null` removes a key.
   * `incorrect` must trigger the rule; `correct` must not. Docs show them and tests lint them.
   */
  readonly incorrect: string;
  readonly correct: string;
  /**
   * For rules that compare with the previous version: a fragment merged over the same base policy
   * that tests and docs pass as `RuleContext.previous` to both examples.
   */
  readonly previous?: string;
}

export interface RuleMeta {
  /** Stable kebab-case id; SARIF, configs and disable comments depend on it. Equals the file name. */
  readonly id: string;
  /** GDPR articles or guidance enforced, e.g. `["Art. 13(1)(a)", "Art. 14(1)(a)"]` or `["WP260 annex 1"]`. */
  readonly articles: readonly string[];
  /** W3C DPV 2.3 concept IRI, where one exists. */
  readonly dpv?: string;
  readonly type: RuleType;
  readonly defaultSeverity: Severity;
  /** One-line description for `rules`, docs and SARIF. */
  readonly docs: LocalizedText;
  /** Message templates keyed by message id; `{{name}}` is filled from the report's `data`. */
  readonly messages: Readonly<Record<string, LocalizedText>>;
  /**
   * Rules this one depends on: when one of them reports at a path that contains this report's path,
   * or is contained by it, this report is dropped, so one gap is reported once.
   */
  readonly dependsOn?: readonly string[];
  readonly examples: RuleExamples;
}

export interface Report {
  readonly messageId: string;
  readonly path: PolicyPath;
  /** Point at the key (unknown or missing fields) or at the value (content problems). Default value. */
  readonly at?: "key" | "value";
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface RuleContext {
  readonly policy: Policy;
  /**
   * The previously published version of the policy (`lint --previous`, or what `build` published
   * before); absent when unknown. Rules that need it stay silent without it.
   */
  readonly previous?: Policy;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity function that gives rule modules their type (as ESLint's and unified-lint-rule's helpers do). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
