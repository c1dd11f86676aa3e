/** What every formatter receives: lint results per file and the run's context. */
import type { Diagnostic, Language } from "../diagnostics/index.js";
import type { RuleMeta } from "../lint/rule.js";

/** All diagnostics of one policy file (load, schema, rule and directive), suppressed ones included. */
export interface LintResult {
  /** The path as the user gave it. */
  readonly file: string;
  /** The policy's `id`, when it could be read; names the SARIF category. */
  readonly policyId?: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface FormatContext {
  /** Paths in output are made relative to this folder (the repository root in CI). */
  readonly cwd: string;
  readonly lang: Language;
  /** Meta of every enabled catalogue rule, by id. */
  readonly rules: Readonly<Record<string, RuleMeta>>;
  readonly toolVersion: string;
  /** ANSI colours, only for terminals (the CLI honours NO_COLOR and FORCE_COLOR). */
  readonly color: boolean;
  /**
   * Absolute URL that `docs/…` paths resolve against (package.json `homepage`). SARIF needs absolute
   * URIs for `helpUri`; without a base, SARIF omits `helpUri` and links the repository path in `help`.
   */
  readonly docsBaseUrl?: string | undefined;
}

/** A formatter is a pure function of results and context (ESLint's formatter contract). */
export type Formatter = (results: readonly LintResult[], ctx: FormatContext) => string;
