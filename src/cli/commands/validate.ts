/**
 * `privacy-notice validate <files...>`: loads and validates each policy and reports every problem
 * of every file at once. Exit 0 when clean (warnings allowed), 1 when a policy has errors, 2 when
 * the tool could not run as asked (a file missing or unreadable); the other files are still checked.
 */
import { Option, type Command } from "commander";
import { ExitCode, ToolError, toJsonPointer, type Diagnostic, type Language } from "../../diagnostics/index.js";
import { languageOption, reportToolFailure, setLanguage } from "../output.js";

interface ValidateOptions {
  readonly lang: Language;
  readonly format: "stylish" | "json";
}

/** What happened to one file: its diagnostics, or why it could not be checked. */
type FileOutcome =
  | { readonly file: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly file: string; readonly failure: ToolError };

export function register(program: Command): void {
  program
    .command("validate")
    .description("check policies against the schema, their references and their Markdown")
    .argument("<files...>", "policy YAML files")
    .addOption(languageOption())
    .addOption(new Option("--format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .action(async (files: string[], options: ValidateOptions) => {
      setLanguage(options.lang);
      process.exitCode = await validateFiles(files, options);
    });
}

async function validateFiles(files: readonly string[], options: ValidateOptions): Promise<number> {
  // Imported here, not at the top, so other commands (and --help) never load YAML, ajv or remark.
  const [{ loadPolicyFile }, { validatePolicy }] = await Promise.all([import("../../load/index.js"), import("../../validate/index.js")]);

  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push({ file, diagnostics: validatePolicy(await loadPolicyFile(file)).diagnostics });
    } catch (error) {
      // A file the tool cannot read is the tool's failure, not the policy's: report it, go on.
      if (!(error instanceof ToolError)) throw error;
      outcomes.push({ file, failure: error });
    }
  }

  const output = options.format === "json" ? formatJson(outcomes, options.lang) : formatStylish(outcomes, options.lang);
  process.stdout.write(output);
  for (const outcome of outcomes) if ("failure" in outcome) reportToolFailure(outcome.failure);

  if (outcomes.some((outcome) => "failure" in outcome)) return ExitCode.couldNotRun;
  const errors = outcomes.some((outcome) => "diagnostics" in outcome && outcome.diagnostics.some((d) => d.severity === "error"));
  return errors ? ExitCode.policyErrors : ExitCode.clean;
}

/** Colour only for people: on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColour(): boolean {
  const noColor = process.env.NO_COLOR;
  return process.stdout.isTTY === true && (noColor === undefined || noColor === "");
}

function paint(text: string, code: number, colour: boolean): string {
  return colour ? `\u001b[${code}m${text}\u001b[39m` : text;
}

/** `file:line:column  severity  message  (ruleId)`, one line per problem, then a summary line. */
function formatStylish(outcomes: readonly FileOutcome[], lang: Language): string {
  const colour = useColour();
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const outcome of outcomes) {
    if (!("diagnostics" in outcome)) continue;
    for (const diagnostic of outcome.diagnostics) {
      const { line, column } = diagnostic.range.start;
      const severity = paint(diagnostic.severity, diagnostic.severity === "error" ? 31 : 33, colour);
      lines.push(`${outcome.file}:${line}:${column}  ${severity}  ${diagnostic.message[lang]}  (${diagnostic.ruleId})`);
      if (diagnostic.severity === "error") errors++;
      else warnings++;
    }
  }
  const checked = outcomes.filter((outcome) => "diagnostics" in outcome).length;
  const failed = outcomes.length - checked;
  lines.push(summary(errors, warnings, checked, failed, lang));
  return `${lines.join("\n")}\n`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summary(errors: number, warnings: number, checked: number, failed: number, lang: Language): string {
  const nl = lang === "nl";
  const files = nl ? plural(checked, "bestand", "bestanden") : plural(checked, "file", "files");
  const unread =
    failed === 0
      ? ""
      : nl
        ? ` ${plural(failed, "bestand kon", "bestanden konden")} niet worden gelezen.`
        : ` ${plural(failed, "file", "files")} could not be read.`;
  if (checked === 0) return unread.trim();
  if (errors === 0 && warnings === 0) {
    return (nl ? `Geen problemen gevonden in ${files}.` : `No problems found in ${files}.`) + unread;
  }
  const counts = nl
    ? [plural(errors, "fout", "fouten"), plural(warnings, "waarschuwing", "waarschuwingen")].join(" en ")
    : [plural(errors, "error", "errors"), plural(warnings, "warning", "warnings")].join(" and ");
  return (nl ? `${counts} in ${files}.` : `${counts} in ${files}.`) + unread;
}

/** One entry per file, in the order given; diagnostics carry 1-based positions and a JSON Pointer. */
function formatJson(outcomes: readonly FileOutcome[], lang: Language): string {
  const entries = outcomes.map((outcome) =>
    "failure" in outcome
      ? { file: outcome.file, failure: { code: outcome.failure.code, message: outcome.failure.text[lang] } }
      : {
          file: outcome.file,
          diagnostics: outcome.diagnostics.map((diagnostic) => ({
            ruleId: diagnostic.ruleId,
            messageId: diagnostic.messageId,
            severity: diagnostic.severity,
            message: diagnostic.message[lang],
            line: diagnostic.range.start.line,
            column: diagnostic.range.start.column,
            endLine: diagnostic.range.end.line,
            endColumn: diagnostic.range.end.column,
            pointer: toJsonPointer(diagnostic.path),
          })),
        },
  );
  return `${JSON.stringify(entries, null, 2)}\n`;
}
