// Writes docs/rules/<id>.md for every lint rule, and docs/rules/README.md (the catalogue), from the
// rules' meta: the docs are generated, so they cannot drift from the code. `npm run docs` runs it
// after compiling (it reads lib/). test/lint/catalogue.test.ts renders the same pages from src/ and
// fails when a committed page is stale.
//   --check   exit 1 when a page is missing or out of date, write nothing
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

const BANNER = "<!-- Generated from the rule's meta by scripts/generate-rule-docs.mjs (`npm run docs`). Do not edit. -->";

const severityWords = { error: "fout / error", warning: "waarschuwing / warning" };

/** Markdown table cell: one line, pipes escaped. */
function cell(text) {
  return String(text).replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
}

function yamlBlock(fragment) {
  return ["```yaml", fragment.trimEnd(), "```"].join("\n");
}

/**
 * The docs page of one rule.
 * @param {import("../src/lint/rule.js").RuleMeta} meta
 * @returns {string}
 */
export function renderRuleDoc(meta) {
  const lines = [
    BANNER,
    "",
    `# \`${meta.id}\``,
    "",
    meta.docs.nl,
    "",
    `*${meta.docs.en}*`,
    "",
    "| | |",
    "| --- | --- |",
    `| Artikelen / Articles | ${cell(meta.articles.join(", "))} |`,
    `| DPV | ${meta.dpv ? `<${meta.dpv}>` : "—"} |`,
    `| Soort / Type | ${meta.type} |`,
    `| Standaardernst / Default severity | ${severityWords[meta.defaultSeverity]} |`,
    ...(meta.dependsOn?.length
      ? [`| Hangt af van / Depends on | ${meta.dependsOn.map((id) => `[\`${id}\`](${id}.md)`).join(", ")} |`]
      : []),
    "",
    "## Meldingen / Messages",
    "",
    "| messageId | nl | en |",
    "| --- | --- | --- |",
    ...Object.entries(meta.messages).map(([id, text]) => `| \`${id}\` | ${cell(text.nl)} | ${cell(text.en)} |`),
    "",
    ...(meta.examples.previous
      ? [
        "## Vorige versie / Previous version",
        "",
        "De regel vergelijkt met de vorige versie (`lint --previous`). In beide voorbeelden is dat dit fragment, samengevoegd met base.yaml.",
        "*The rule compares with the previous version (`lint --previous`). In both examples that is this fragment, merged over base.yaml.*",
        "",
        yamlBlock(meta.examples.previous),
        "",
      ]
      : []),
    "## Fout / Incorrect",
    "",
    "Dit fragment, samengevoegd met [`src/lint/examples/base.yaml`](../../src/lint/examples/base.yaml), geeft een melding van deze regel.",
    "*This fragment, merged over the clean example policy, makes this rule report.*",
    "",
    yamlBlock(meta.examples.incorrect),
    "",
    "## Goed / Correct",
    "",
    yamlBlock(meta.examples.correct),
    "",
    "## Uitzetten / Turning it off",
    "",
    "In `privacy-notice.config.yaml`:",
    "",
    yamlBlock(`rules:\n  ${meta.id}: off`),
    "",
    "Of voor één plek in de policy, met een reden / *Or for one place in the policy, with a reason:*",
    "",
    yamlBlock(`# privacy-notice-disable-next-line ${meta.id} -- <reden / reason>`),
    "",
  ];
  return lines.join("\n");
}

/**
 * The catalogue page: every rule with its severity, articles and description.
 * @param {readonly import("../src/lint/rule.js").RuleMeta[]} metas
 * @returns {string}
 */
export function renderRulesReadme(metas) {
  const sorted = [...metas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    BANNER,
    "",
    "# Lintregels / Lint rules",
    "",
    `${sorted.length} regels. \`privacy-notice rules\` toont dezelfde lijst; \`privacy-notice explain <regel-id>\` toont één regel met voorbeelden.`,
    "",
    `*${sorted.length} rules. \`privacy-notice rules\` lists the same; \`privacy-notice explain <rule-id>\` shows one rule with examples.*`,
    "",
    "| Regel / Rule | Ernst / Severity | Artikelen / Articles | Beschrijving | Description |",
    "| --- | --- | --- | --- | --- |",
    ...sorted.map(
      (meta) =>
        `| [\`${meta.id}\`](${meta.id}.md) | ${severityWords[meta.defaultSeverity]} | ${cell(meta.articles.join(", "))} | ${cell(meta.docs.nl)} | ${cell(meta.docs.en)} |`,
    ),
    "",
  ].join("\n");
}

const README_START = "<!-- rules:start -->";
const README_END = "<!-- rules:end -->";

/**
 * The README's rules table (between its `rules:start`/`rules:end` markers), in English.
 * @param {string} readme the README's current text
 * @param {readonly import("../src/lint/rule.js").RuleMeta[]} metas
 * @returns {string} the README with the table replaced
 */
export function withReadmeRulesTable(readme, metas) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end < start) throw new Error(`README.md lacks the ${README_START} … ${README_END} markers`);
  const sorted = [...metas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const table = [
    README_START,
    "| rule | severity | GDPR | what it asks |",
    "| --- | --- | --- | --- |",
    ...sorted.map(
      (meta) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} | ${cell(meta.articles.join(", "))} | ${cell(meta.docs.en)} |`,
    ),
  ].join("\n");
  return readme.slice(0, start) + table + "\n" + readme.slice(end);
}

/** Every page the docs folder should hold, by file name. */
export function renderAll(metas) {
  const pages = new Map(metas.map((meta) => [`${meta.id}.md`, renderRuleDoc(meta)]));
  pages.set("README.md", renderRulesReadme(metas));
  return pages;
}

async function main(argv) {
  const docsDir = fileURLToPath(new URL("../docs/rules/", import.meta.url));
  const { loadAllRules } = await import("../lib/lint/engine.js");
  const metas = (await loadAllRules()).map((rule) => rule.meta);
  const pages = renderAll(metas);
  const existing = (await readdir(docsDir).catch(() => [])).filter((name) => name.endsWith(".md"));
  const stale = [];
  for (const [name, text] of pages) {
    const current = await readFile(resolve(docsDir, name), "utf8").catch(() => undefined);
    if (current !== text) stale.push(name);
  }
  const orphans = existing.filter((name) => !pages.has(name));
  const readmePath = fileURLToPath(new URL("../README.md", import.meta.url));
  const readme = await readFile(readmePath, "utf8");
  const newReadme = withReadmeRulesTable(readme, metas);
  if (newReadme !== readme) stale.push("../../README.md");
  if (argv.includes("--check")) {
    if (stale.length + orphans.length > 0) {
      console.error(`docs/rules is out of date (${[...stale, ...orphans].join(", ")}): run \`npm run docs\`.`);
      process.exitCode = 1;
    }
    return;
  }
  await mkdir(docsDir, { recursive: true });
  for (const name of stale) if (pages.has(name)) await writeFile(resolve(docsDir, name), pages.get(name));
  if (newReadme !== readme) await writeFile(readmePath, newReadme);
  // Pages of removed rules would otherwise document rules that no longer exist.
  for (const name of orphans) await rm(resolve(docsDir, name));
  console.log(`docs/rules and README.md: ${pages.size - 1} rules, ${stale.length} page(s) written, ${orphans.length} removed.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
