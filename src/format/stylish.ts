/**
 * ESLint's `stylish` layout: per file an (underlined) path, then aligned rows
 * `line:column  severity  message  rule-id`, then a summary line. Suppressed findings are not shown.
 */
import { countResults, oneLine, problemSummary, relativePath, severityWord } from "./common.js";
import type { Formatter } from "./types.js";

const ansi = {
  underline: ["\u001b[4m", "\u001b[24m"],
  dim: ["\u001b[2m", "\u001b[22m"],
  bold: ["\u001b[1m", "\u001b[22m"],
  red: ["\u001b[31m", "\u001b[39m"],
  yellow: ["\u001b[33m", "\u001b[39m"],
} as const;

type Style = keyof typeof ansi;

const stylish: Formatter = (results, ctx) => {
  const paint = (text: string, ...styles: Style[]): string =>
    ctx.color ? styles.reduce((out, style) => `${ansi[style][0]}${out}${ansi[style][1]}`, text) : text;
  let output = "";
  for (const result of results) {
    const shown = result.diagnostics.filter((diagnostic) => !diagnostic.suppressed);
    if (shown.length === 0) continue;
    const rows = shown.map((diagnostic) => ({
      line: String(diagnostic.range.start.line),
      column: String(diagnostic.range.start.column),
      severity: diagnostic.severity,
      word: severityWord(diagnostic.severity, ctx.lang),
      // As ESLint does: one line, without the final period.
      message: oneLine(diagnostic.message[ctx.lang]).replace(/([^ ])\.$/u, "$1"),
      ruleId: diagnostic.ruleId,
    }));
    const width = (pick: (row: (typeof rows)[number]) => string): number => Math.max(...rows.map((row) => pick(row).length));
    const lineWidth = width((row) => row.line);
    const columnWidth = width((row) => row.column);
    const wordWidth = width((row) => row.word);
    const messageWidth = width((row) => row.message);
    output += `\n${paint(relativePath(result.file, ctx.cwd) ?? result.file, "underline")}\n`;
    for (const row of rows) {
      const place = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
      const word = paint(row.word, row.severity === "error" ? "red" : "yellow") + " ".repeat(wordWidth - row.word.length);
      output += `  ${paint(place, "dim")}  ${word}  ${row.message.padEnd(messageWidth)}  ${paint(row.ruleId, "dim")}`.trimEnd() + "\n";
    }
  }
  const counts = countResults(results);
  if (counts.errors + counts.warnings === 0) return "";
  output += `\n${paint(`\u2716 ${problemSummary(counts, ctx.lang)}`, "bold", counts.errors > 0 ? "red" : "yellow")}\n`;
  return output;
};

export default stylish;
