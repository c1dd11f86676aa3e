/**
 * The one problem type of the pipeline. YAML syntax errors, schema violations, broken references
 * and lint findings are all diagnostics, so every formatter and exit code treats them alike.
 */

/** Text in both languages the tool speaks; formatters pick one with `--lang`. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

export type Language = keyof LocalizedText;

export type Severity = "error" | "warning";

/** Which pipeline stage found the problem. */
export type DiagnosticSource = "yaml" | "schema" | "reference" | "markdown" | "rule" | "directive";

/** A segment of a path into the parsed policy (object key or array index). */
export type PathSegment = string | number;
export type PolicyPath = readonly PathSegment[];

/** 1-based line and column; columns count UTF-16 code units, as editors do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A source range; `end` is exclusive (the position after the last character), as in SARIF. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Suppression {
  readonly kind: "inline";
  readonly justification: string;
}

export interface Diagnostic {
  readonly file: string;
  readonly source: DiagnosticSource;
  /** Stable id: a lint rule id, or `schema/<keyword>`, `yaml/<code>`, `reference/dangling`… */
  readonly ruleId: string;
  /** Key of the message template, stable across wording changes (tests assert it). */
  readonly messageId: string;
  readonly message: LocalizedText;
  readonly severity: Severity;
  readonly path: PolicyPath;
  readonly range: Range;
  readonly suppressed?: Suppression;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1 };

/** Orders diagnostics by file, line, column, then rule id, so output never depends on rule order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.message.en < b.message.en ? -1 : a.message.en > b.message.en ? 1 : 0)
  );
}

/** Sorts and removes exact repeats (same file, place, rule and message). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = [
      diagnostic.file,
      diagnostic.range.start.line,
      diagnostic.range.start.column,
      diagnostic.ruleId,
      diagnostic.message.en,
    ].join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(diagnostic);
  }
  return unique.sort(compareDiagnostics);
}

/** RFC 6901 JSON Pointer of a path, as JSON and SARIF outputs carry it. */
export function toJsonPointer(path: PolicyPath): string {
  return path.map((segment) => "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

/** Inverse of {@link toJsonPointer}; numeric segments become indexes. */
export function fromJsonPointer(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => raw.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}
