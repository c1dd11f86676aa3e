/** `privacy-notice rules`: the rule catalogue, one rule a line (id, default severity, articles, summary). */
import type { Command } from "commander";
import type { Language } from "../../diagnostics/index.js";
import { languageOption, reportToolFailure, setLanguage } from "../output.js";

export function register(program: Command): void {
  program
    .command("rules")
    .description("list the lint rules with their default severity and GDPR articles")
    .addOption(languageOption())
    .action(async (options: { readonly lang: Language }) => {
      setLanguage(options.lang);
      try {
        const { loadAllRules } = await import("../../lint/engine.js");
        const { ruleTable } = await import("./explain.js");
        process.stdout.write(ruleTable(await loadAllRules(), options.lang));
      } catch (error) {
        process.exitCode = reportToolFailure(error);
      }
    });
}
