/**
 * Stage 2, validate: checks a loaded policy against the schema (compiled ahead of time), checks
 * that its cross-references resolve, and that its Markdown is safe to publish. Every problem is a
 * diagnostic; the policy is handed on only when none of them is an error.
 */
import { sortDiagnostics, type Diagnostic, type PolicyPath, type Range } from "../diagnostics/index.js";
import type { LoadedPolicy } from "../load/index.js";
import type { Policy } from "../model/index.js";
import { markdownFindings } from "./markdown.js";
import { referenceFindings } from "./references.js";
import { schemaFindings } from "./schema-findings.js";
import { locateInString } from "./string-location.js";

export interface ValidationResult {
  /** The policy, typed, when there are no error diagnostics (warnings allowed); otherwise undefined. */
  readonly policy: Policy | undefined;
  /** Every diagnostic so far, the load stage's included, sorted by position. */
  readonly diagnostics: Diagnostic[];
}

const startOfFile: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };

/**
 * Validates a loaded policy. Schema, reference and Markdown checks all run, even when an earlier
 * one found problems, so a single run reports everything that is wrong.
 */
export function validatePolicy(loaded: LoadedPolicy): ValidationResult {
  const { file, data, sourceMap } = loaded;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  // Unparseable or empty files were already reported by the load stage; there is nothing to check.
  if (data !== undefined && data !== null) {
    const locate = (path: PolicyPath, at: "key" | "value"): Range => sourceMap?.locate(path, at) ?? startOfFile;

    for (const finding of schemaFindings(data)) {
      diagnostics.push({
        file,
        source: "schema",
        ruleId: `schema/${finding.keyword}`,
        messageId: finding.messageId,
        message: finding.message,
        severity: "error",
        path: finding.path,
        range: locate(finding.path, finding.at),
      });
    }

    const lineOf = (path: PolicyPath): number | undefined => (sourceMap?.has(path) ? locate(path, "value").start.line : undefined);
    for (const finding of referenceFindings(data, lineOf)) {
      diagnostics.push({
        file,
        source: "reference",
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        message: finding.message,
        severity: finding.severity,
        path: finding.path,
        range: locate(finding.path, finding.at),
      });
    }

    for (const finding of markdownFindings(data)) {
      diagnostics.push({
        file,
        source: "markdown",
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        message: finding.message,
        severity: "error",
        path: finding.path,
        range:
          locateInString(loaded.document, sourceMap, loaded.text, finding.path, finding.start, finding.end) ??
          locate(finding.path, "value"),
      });
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  const valid = data !== undefined && !sorted.some((diagnostic) => diagnostic.severity === "error");
  return { policy: valid ? (data as Policy) : undefined, diagnostics: sorted };
}
