/**
 * ESLint's `json` shape (LintResult/LintMessage): per file the messages with 1-based positions
 * (exclusive end), counts, and the suppressed findings apart in `suppressedMessages`. Each message
 * also carries the RFC 6901 `path` into the policy, as Spectral's output does.
 */
import { resolve } from "node:path";
import { toJsonPointer, type Diagnostic } from "../diagnostics/index.js";
import { countDiagnostics } from "./common.js";
import type { FormatContext, Formatter } from "./types.js";

/** One message of the JSON output. */
export interface JsonMessage {
  readonly ruleId: string;
  readonly severity: 1 | 2;
  readonly message: string;
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly path: string;
  readonly suppressions?: readonly { readonly kind: "inline"; readonly justification: string }[];
}

/** One file of the JSON output. */
export interface JsonResult {
  /** Absolute path, as ESLint reports it. */
  readonly filePath: string;
  readonly messages: readonly JsonMessage[];
  readonly suppressedMessages: readonly JsonMessage[];
  readonly errorCount: number;
  readonly warningCount: number;
}

const json: Formatter = (results, ctx) => {
  const output: JsonResult[] = results.map((result) => {
    const counts = countDiagnostics(result.diagnostics);
    return {
      filePath: resolve(ctx.cwd, result.file),
      messages: result.diagnostics.filter((d) => !d.suppressed).map((d) => message(d, ctx)),
      suppressedMessages: result.diagnostics.filter((d) => d.suppressed).map((d) => message(d, ctx)),
      errorCount: counts.errors,
      warningCount: counts.warnings,
    };
  });
  return `${JSON.stringify(output, null, 2)}\n`;
};

function message(diagnostic: Diagnostic, ctx: FormatContext): JsonMessage {
  const { start, end } = diagnostic.range;
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity === "error" ? 2 : 1,
    message: diagnostic.message[ctx.lang],
    messageId: diagnostic.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    path: toJsonPointer(diagnostic.path),
    ...(diagnostic.suppressed ? { suppressions: [{ ...diagnostic.suppressed }] } : {}),
  };
}

export default json;
