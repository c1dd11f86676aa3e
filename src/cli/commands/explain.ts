/** `privacy-notice explain <rule-id>`: a rule's documentation with its incorrect and correct examples. */
import type { Command } from "commander";
import type { Language } from "../../diagnostics/index.js";
import type { Rule } from "../../lint/rule.js";
import { languageOption, reportToolFailure, setLanguage } from "../output.js";

export function register(program: Command): void {
  program
    .command("explain")
    .description("show a lint rule's documentation and examples")
    .argument("<rule-id>", "rule id, as `privacy-notice rules` lists them")
    .addOption(languageOption())
    .action(async (id: string, options: { readonly lang: Language }) => {
      setLanguage(options.lang);
      try {
        const [{ ruleLoaders }, { loadAllRules }, { didYouMean }, { ToolError }] = await Promise.all([
          import("../../lint/rules/index.js"),
          import("../../lint/engine.js"),
          import("../../lint/suggest.js"),
          import("../../diagnostics/index.js"),
        ]);
        const ids = Object.keys(ruleLoaders);
        if (!ids.includes(id)) {
          const hint = didYouMean(id, ids);
          throw new ToolError("usage", {
            nl: `Onbekende regel "${id}".${hint.nl} \`privacy-notice rules\` toont alle regels.`,
            en: `Unknown rule "${id}".${hint.en} \`privacy-notice rules\` lists every rule.`,
          });
        }
        const [rule] = await loadAllRules({ [id]: ruleLoaders[id]! });
        process.stdout.write(explainRule(rule!, options.lang));
      } catch (error) {
        process.exitCode = reportToolFailure(error);
      }
    });
}

const words = {
  nl: {
    type: "Soort",
    severity: "Standaardernst",
    articles: "Artikelen",
    dependsOn: "Hangt af van",
    messages: "Meldingen",
    incorrect: "Fout (deze regel meldt dit)",
    correct: "Goed",
    docs: "Documentatie",
    disable: "Uitzetten",
    severities: { error: "fout", warning: "waarschuwing" },
    none: "Er zijn geen regels.",
    reason: "<reden>",
  },
  en: {
    type: "Type",
    severity: "Default severity",
    articles: "Articles",
    dependsOn: "Depends on",
    messages: "Messages",
    incorrect: "Incorrect (this rule reports it)",
    correct: "Correct",
    docs: "Documentation",
    disable: "Turning it off",
    severities: { error: "error", warning: "warning" },
    none: "There are no rules.",
    reason: "<reason>",
  },
} as const;

/** The terminal text of `explain`: what the rule checks, why (articles), its messages and examples. */
export function explainRule(rule: Rule, lang: Language): string {
  const { meta } = rule;
  const w = words[lang];
  const indent = (text: string): string =>
    text
      .trimEnd()
      .split("\n")
      .map((line) => (line === "" ? "" : `    ${line}`))
      .join("\n");
  const lines = [
    `${meta.id}: ${meta.docs[lang]}`,
    "",
    `${w.type}: ${meta.type}`,
    `${w.severity}: ${w.severities[meta.defaultSeverity]}`,
    `${w.articles}: ${meta.articles.join(", ")}`,
    ...(meta.dpv ? [`DPV: ${meta.dpv}`] : []),
    ...(meta.dependsOn?.length ? [`${w.dependsOn}: ${meta.dependsOn.join(", ")}`] : []),
    "",
    `${w.messages}:`,
    ...Object.entries(meta.messages).map(([messageId, text]) => `  ${messageId}: ${text[lang]}`),
    "",
    `${w.incorrect}:`,
    indent(meta.examples.incorrect),
    "",
    `${w.correct}:`,
    indent(meta.examples.correct),
    "",
    `${w.disable}:`,
    `    privacy-notice.config.yaml:  rules: { ${meta.id}: off }`,
    `    # privacy-notice-disable-next-line ${meta.id} -- ${w.reason}`,
    "",
    `${w.docs}: docs/rules/${meta.id}.md`,
  ];
  return `${lines.join("\n")}\n`;
}

/** The `rules` listing: aligned columns id, severity, articles, one-line description. */
export function ruleTable(rules: readonly Rule[], lang: Language): string {
  const w = words[lang];
  if (rules.length === 0) return `${w.none}\n`;
  const rows = rules.map(({ meta }) => [meta.id, w.severities[meta.defaultSeverity], meta.articles.join(", "), meta.docs[lang]] as const);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join("  ")).join("\n") + "\n";
}
