/**
 * `privacy-notice build [files…]`: validates and lints the policies (default `policy/*.yaml`) and
 * writes the Dutch HTML site, PDF, JSON and Markdown into `--out` (default `dist`), atomically.
 * Exit 0 when built, 1 when a policy has errors (or lint findings under --strict), 2 when the
 * tool could not run as asked (e.g. `--out` is a folder it did not make).
 */
import { Option, type Command } from "commander";
import type { Language } from "../../diagnostics/index.js";
import { languageOption, reportToolFailure, setLanguage } from "../output.js";

interface BuildCommandOptions {
  readonly out: string;
  readonly strict?: boolean;
  readonly templates?: string;
  readonly site?: string;
  readonly lang: Language;
  readonly previous?: string;
}

export function register(program: Command): void {
  program
    .command("build")
    .description("build the HTML site, PDF, JSON and Markdown of the policies (default: policy/*.yaml)")
    .argument("[files...]", "policy YAML files")
    .addOption(new Option("--out <dir>", "output folder, replaced as a whole by each build").default("dist"))
    .option("--strict", "stop the build on lint findings too")
    .option("--templates <dir>", "folder of layouts/partials that replace the default templates")
    .option("--site <file>", "page furniture (header, footer, call to action); default privacy-notice.site.yaml when present")
    .option("--previous <source>", "the version to list changes against (file or git:<rev>:<path>); default: the latest version already in --out")
    .addOption(languageOption())
    .action(async (files: string[], options: BuildCommandOptions) => {
      setLanguage(options.lang);
      try {
        const { build } = await import("../../render/build.js");
        const result = await build({
          files,
          outDir: options.out,
          strict: options.strict === true,
          templatesDir: options.templates,
          siteConfigFile: options.site,
          lang: options.lang,
          previous: options.previous,
        });
        if (result.outDir !== undefined) {
          const list = result.notices.join(", ");
          process.stdout.write(options.lang === "nl"
            ? `privacy-notice: ${result.notices.length} ${result.notices.length === 1 ? "melding" : "meldingen"} gebouwd in ${result.outDir} (${list}).\n`
            : `privacy-notice: built ${result.notices.length} ${result.notices.length === 1 ? "notice" : "notices"} into ${result.outDir} (${list}).\n`);
        }
        process.exitCode = result.exitCode;
      } catch (error) {
        process.exitCode = reportToolFailure(error);
      }
    });
}
