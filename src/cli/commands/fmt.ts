/**
 * `privacy-notice fmt [files…] [--check]`: writes policy files in their canonical layout (schema key
 * order, two-space indentation, canonical Markdown), keeping comments and meaning. `--check` writes
 * nothing and exits 1 when a file is not formatted. Files with YAML or schema errors are left alone
 * (exit 1); a file that cannot be read is exit 2, after the other files were handled.
 */
import type { Command } from "commander";
import { ExitCode, ToolError, type Diagnostic, type Language } from "../../diagnostics/index.js";
import { languageOption, reportToolFailure, setLanguage } from "../output.js";

interface FmtOptions {
  readonly lang: Language;
  readonly check?: boolean;
}

type Outcome = "unchanged" | "formatted" | "unformatted" | "invalid" | "failed";

export function register(program: Command): void {
  program
    .command("fmt")
    .description("write policy files in their canonical layout, keeping comments and meaning")
    .argument("[files...]", "policy YAML files (default: policy/*.yaml)")
    .option("--check", "write nothing; exit 1 and list the files that are not formatted")
    .addOption(languageOption())
    .action(async (files: string[], options: FmtOptions) => {
      setLanguage(options.lang);
      process.exitCode = await runFmt(files.length > 0 ? files : await defaultFiles(), options);
    });
}

async function runFmt(files: readonly string[], options: FmtOptions): Promise<number> {
  // Imported here so that other commands never load YAML, ajv or remark.
  const { loadPolicyFile } = await import("../../load/index.js");
  const { validatePolicy } = await import("../../validate/index.js");
  const { formatPolicyDocument, UnformattableError } = await import("../../format-policy/index.js");
  const { writeFileAtomic } = await import("../../format-policy/write.js");
  const nl = options.lang === "nl";
  const outcomes: Outcome[] = [];

  for (const file of files) {
    try {
      const loaded = await loadPolicyFile(file);
      const { policy, diagnostics } = validatePolicy(loaded);
      if (!policy || !loaded.document) {
        await printErrors(file, diagnostics, options.lang);
        outcomes.push("invalid");
        continue;
      }
      let formatted: string;
      try {
        formatted = formatPolicyDocument(loaded.document, loaded.data);
      } catch (error) {
        if (!(error instanceof UnformattableError)) throw error;
        process.stderr.write(
          nl
            ? `${file}: bevat YAML-ankers of -aliassen (&naam, *naam); fmt laat het bestand ongemoeid. Schrijf de waarden uit.\n`
            : `${file}: contains YAML anchors or aliases (&name, *name); fmt leaves the file alone. Write the values out.\n`,
        );
        outcomes.push("invalid");
        continue;
      }
      if (formatted === loaded.text) {
        outcomes.push("unchanged");
      } else if (options.check) {
        process.stdout.write(nl ? `${file}: niet opgemaakt\n` : `${file}: not formatted\n`);
        outcomes.push("unformatted");
      } else {
        await writeFileAtomic(file, formatted);
        process.stdout.write(nl ? `${file}: opgemaakt\n` : `${file}: formatted\n`);
        outcomes.push("formatted");
      }
    } catch (error) {
      // One unreadable file does not stop the others; it still makes the run exit 2.
      if (!(error instanceof ToolError)) throw error;
      reportToolFailure(error);
      outcomes.push("failed");
    }
  }

  process.stdout.write(summary(outcomes, options));
  if (outcomes.includes("failed")) return ExitCode.couldNotRun;
  if (outcomes.includes("invalid") || outcomes.includes("unformatted")) return ExitCode.policyErrors;
  return ExitCode.clean;
}

/** `policy/*.yaml`, sorted; running fmt with nothing to format is a usage error. */
async function defaultFiles(): Promise<string[]> {
  const { readdir } = await import("node:fs/promises");
  const names = await readdir("policy").catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith(".yaml")).sort().map((name) => `policy/${name}`);
  if (files.length === 0) {
    throw new ToolError("usage", {
      nl: "Geen policy-bestanden gevonden in policy/. Geef de bestanden op: privacy-notice fmt <bestanden…>.",
      en: "No policy files found in policy/. Name the files: privacy-notice fmt <files…>.",
    });
  }
  return files;
}

function summary(outcomes: readonly Outcome[], options: FmtOptions): string {
  const count = (outcome: Outcome): number => outcomes.filter((item) => item === outcome).length;
  const files = outcomes.length;
  if (options.lang === "nl") {
    const parts = [`${files} ${files === 1 ? "bestand" : "bestanden"} bekeken`];
    if (options.check) parts.push(`${count("unformatted")} niet opgemaakt`);
    else parts.push(`${count("formatted")} opgemaakt`);
    if (count("invalid") > 0) parts.push(`${count("invalid")} met fouten overgeslagen`);
    if (count("failed") > 0) parts.push(`${count("failed")} niet te lezen`);
    return `${parts.join(", ")}.\n`;
  }
  const parts = [`${files} ${files === 1 ? "file" : "files"} checked`];
  if (options.check) parts.push(`${count("unformatted")} not formatted`);
  else parts.push(`${count("formatted")} formatted`);
  if (count("invalid") > 0) parts.push(`${count("invalid")} skipped with errors`);
  if (count("failed") > 0) parts.push(`${count("failed")} unreadable`);
  return `${parts.join(", ")}.\n`;
}

/** The errors that keep a file from being formatted, in the stylish layout, on stderr. */
async function printErrors(file: string, diagnostics: readonly Diagnostic[], lang: Language): Promise<void> {
  const { default: stylish } = await import("../../format/stylish.js");
  const { toolVersion } = await import("../../version.js");
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  process.stderr.write(stylish([{ file, diagnostics: errors }], { cwd: process.cwd(), lang, rules: {}, toolVersion, color: false }));
  process.stderr.write(lang === "nl" ? `${file}: niet opgemaakt vanwege fouten.\n` : `${file}: not formatted because of errors.\n`);
}
