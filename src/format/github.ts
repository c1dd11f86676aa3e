/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub shows as
 * annotations on the pull request. GitHub keeps only 10 annotations per level per step, so after 10
 * errors and 10 warnings the rest go to the log as plain lines, a notice says so, and the complete
 * table goes to the job summary ({@link githubSummary}, written to `$GITHUB_STEP_SUMMARY`).
 */
import type { Diagnostic } from "../diagnostics/index.js";
import { countResults, oneLine, problemSummary, relativePath, severityWord } from "./common.js";
import type { FormatContext, Formatter } from "./types.js";

/** GitHub drops annotations past this number per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Escapes a command's message (data), as `@actions/core` does. */
export function escapeData(value: string): string {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escapes a command property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

interface Finding {
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

const github: Formatter = (results, ctx) => {
  const findings: Finding[] = results.flatMap((result) =>
    result.diagnostics.filter((d) => !d.suppressed).map((diagnostic) => ({ file: workspacePath(result.file, ctx), diagnostic })),
  );
  const lines: string[] = [];
  const overflow: string[] = [];
  let hidden = { errors: 0, warnings: 0, suppressed: 0 };
  for (const severity of ["error", "warning"] as const) {
    findings
      .filter(({ diagnostic }) => diagnostic.severity === severity)
      .forEach((finding, index) => {
        if (index < ANNOTATIONS_PER_LEVEL) {
          lines.push(annotation(finding, ctx));
        } else {
          overflow.push(plainLine(finding, ctx));
          hidden = severity === "error" ? { ...hidden, errors: hidden.errors + 1 } : { ...hidden, warnings: hidden.warnings + 1 };
        }
      });
  }
  if (overflow.length > 0) {
    const text =
      ctx.lang === "nl"
        ? `Nog ${problemSummary(hidden, "nl")} zonder annotatie: GitHub toont er per stap hoogstens ${ANNOTATIONS_PER_LEVEL} per soort. Alle bevindingen staan in de samenvatting van de job en hierboven in het log.`
        : `${problemSummary(hidden, "en")} more without annotation: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level per step. Every finding is in the job summary and in the log above.`;
    lines.push(...overflow, `::notice title=${escapeProperty("privacy-notice")}::${escapeData(text)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};

function annotation({ file, diagnostic }: Finding, ctx: FormatContext): string {
  const { start, end } = diagnostic.range;
  // GitHub loses annotations on line 0; positions are 1-based already, this only guards the contract.
  const properties = [
    ["file", file],
    ["line", String(Math.max(1, start.line))],
    ["endLine", String(Math.max(1, end.line))],
    ["col", String(Math.max(1, start.column))],
    ["endColumn", String(Math.max(1, end.column))],
    ["title", diagnostic.ruleId],
  ]
    .map(([key, value]) => `${key}=${escapeProperty(value ?? "")}`)
    .join(",");
  return `::${diagnostic.severity} ${properties}::${escapeData(diagnostic.message[ctx.lang])}`;
}

function plainLine({ file, diagnostic }: Finding, ctx: FormatContext): string {
  const { line, column } = diagnostic.range.start;
  return `${file}:${line}:${column}: ${severityWord(diagnostic.severity, ctx.lang)}: ${oneLine(diagnostic.message[ctx.lang])} [${diagnostic.ruleId}]`;
}

/** Workspace-relative with forward slashes and without `./`, else the path as given. */
function workspacePath(file: string, ctx: FormatContext): string {
  return relativePath(file, ctx.cwd) ?? file;
}

/** The Markdown job summary: a count and a table of every shown finding (GitHub renders GFM). */
export function githubSummary(results: Parameters<Formatter>[0], ctx: FormatContext): string {
  const counts = countResults(results);
  const nl = ctx.lang === "nl";
  const lines = ["## privacy-notice lint", ""];
  if (counts.errors + counts.warnings === 0) {
    lines.push(nl ? "\u2714 Geen problemen gevonden." : "\u2714 No problems found.");
  } else {
    lines.push(`\u2716 ${problemSummary(counts, ctx.lang)}`, "");
    lines.push(nl ? "| Bestand | Plaats | Ernst | Melding | Regel |" : "| File | Location | Severity | Message | Rule |");
    lines.push("| --- | --- | --- | --- | --- |");
    for (const result of results) {
      for (const d of result.diagnostics.filter((diagnostic) => !diagnostic.suppressed)) {
        const cells = [
          `\`${workspacePath(result.file, ctx)}\``,
          `${d.range.start.line}:${d.range.start.column}`,
          severityWord(d.severity, ctx.lang),
          oneLine(d.message[ctx.lang]),
          `\`${d.ruleId}\``,
        ];
        lines.push(`| ${cells.map(cell).join(" | ")} |`);
      }
    }
  }
  if (counts.suppressed > 0) {
    lines.push("", nl ? `${counts.suppressed} bevinding(en) onderdrukt met een reden in de policy.` : `${counts.suppressed} finding(s) suppressed with a reason in the policy.`);
  }
  return `${lines.join("\n")}\n`;
}

/** A table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return oneLine(text).replaceAll("|", "\\|");
}

export default github;
