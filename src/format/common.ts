/** Helpers shared by the formatters: counting, paths and localized words. */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Diagnostic, Language, Severity } from "../diagnostics/index.js";
import type { LintResult } from "./types.js";

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
}

/** Counts shown findings by severity; suppressed findings are counted apart and never as problems. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppressed) suppressed++;
    else if (diagnostic.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings, suppressed };
}

export function countResults(results: readonly LintResult[]): Counts {
  return countDiagnostics(results.flatMap((result) => result.diagnostics));
}

/** The file relative to `cwd` with forward slashes and no `./`; undefined when it lies outside `cwd`. */
export function relativePath(file: string, cwd: string): string | undefined {
  const rel = relative(cwd, resolve(cwd, file));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

const severityWords: Record<Language, Record<Severity, string>> = {
  nl: { error: "fout", warning: "waarschuwing" },
  en: { error: "error", warning: "warning" },
};

export function severityWord(severity: Severity, lang: Language): string {
  return severityWords[lang][severity];
}

/** "3 problemen (2 fouten, 1 waarschuwing)" / "3 problems (2 errors, 1 warning)". */
export function problemSummary(counts: Counts, lang: Language): string {
  const total = counts.errors + counts.warnings;
  if (lang === "nl") {
    return `${total} ${total === 1 ? "probleem" : "problemen"} (${counts.errors} ${counts.errors === 1 ? "fout" : "fouten"}, ${counts.warnings} ${counts.warnings === 1 ? "waarschuwing" : "waarschuwingen"})`;
  }
  return `${total} ${total === 1 ? "problem" : "problems"} (${counts.errors} ${counts.errors === 1 ? "error" : "errors"}, ${counts.warnings} ${counts.warnings === 1 ? "warning" : "warnings"})`;
}

/** Messages are shown on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ").trim();
}
