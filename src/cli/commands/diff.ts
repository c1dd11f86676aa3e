/**
 * `privacy-notice diff <old> <new>`: what changed in meaning between two versions of a policy, and
 * which changes data subjects must be told about. Each side is a file or `git:<rev>:<path>`.
 * Exit 0 normally; 1 with `--fail-on` when such changes exist, or when a side has schema errors;
 * 2 when a side cannot be read.
 */
import { Option, type Command } from "commander";
import { ExitCode, type Diagnostic, type Language } from "../../diagnostics/index.js";
import { languageOption, setLanguage } from "../output.js";

interface DiffOptions {
  readonly lang: Language;
  readonly format: "markdown" | "json";
  readonly failOn?: "material" | "any";
}

export function register(program: Command): void {
  program
    .command("diff")
    .description("list what changed in meaning between two versions of a policy, and which changes data subjects must be told")
    .argument("<old>", "the old version: a policy file or git:<rev>:<path>")
    .argument("<new>", "the new version: a policy file or git:<rev>:<path>")
    .addOption(new Option("--format <format>", "output format").choices(["markdown", "json"]).default("markdown"))
    .addOption(new Option("--fail-on <level>", "exit 1 on material changes, or on any change").choices(["material", "any"]))
    .addOption(languageOption())
    .action(async (oldSide: string, newSide: string, options: DiffOptions) => {
      setLanguage(options.lang);
      // A side that cannot be read throws a ToolError; main() reports it and exits 2.
      process.exitCode = await runDiff(oldSide, newSide, options);
    });
}

async function runDiff(oldSide: string, newSide: string, options: DiffOptions): Promise<number> {
  // Imported here so that other commands never load YAML, ajv or the diff.
  const { loadSide } = await import("../../diff/read-side.js");
  const { validatePolicy } = await import("../../validate/index.js");
  const [oldLoaded, newLoaded] = await Promise.all([loadSide(oldSide), loadSide(newSide)]);
  const oldResult = validatePolicy(oldLoaded);
  const newResult = validatePolicy(newLoaded);
  if (!oldResult.policy || !newResult.policy) {
    await printErrors(
      [
        { file: oldSide, diagnostics: oldResult.diagnostics },
        { file: newSide, diagnostics: newResult.diagnostics },
      ],
      options.lang,
    );
    process.stderr.write(
      options.lang === "nl"
        ? "privacy-notice: de versies worden pas vergeleken als beide zonder fouten valideren.\n"
        : "privacy-notice: the versions are compared only when both validate without errors.\n",
    );
    return ExitCode.policyErrors;
  }

  const { diffPolicies, renderDiffJson, renderDiffMarkdown } = await import("../../diff/index.js");
  const result = await diffPolicies(oldResult.policy, newResult.policy, { old: oldSide, new: newSide });
  process.stdout.write(options.format === "json" ? renderDiffJson(result) : renderDiffMarkdown(result, options.lang));

  if (options.failOn === "any" && result.changes.length > 0) return ExitCode.policyErrors;
  if (options.failOn === "material" && result.changes.some((change) => change.classification === "material")) return ExitCode.policyErrors;
  return ExitCode.clean;
}

/** Prints the errors (not the warnings) of the sides that did not validate, in the stylish layout. */
async function printErrors(results: readonly { file: string; diagnostics: readonly Diagnostic[] }[], lang: Language): Promise<void> {
  const { default: stylish } = await import("../../format/stylish.js");
  const { toolVersion } = await import("../../version.js");
  const errors = results.map((result) => ({ file: result.file, diagnostics: result.diagnostics.filter((d) => d.severity === "error") }));
  process.stderr.write(stylish(errors, { cwd: process.cwd(), lang, rules: {}, toolVersion, color: false }));
}

