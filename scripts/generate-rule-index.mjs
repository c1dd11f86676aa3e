// Writes src/lint/rules/index.ts: a sorted map of rule id → lazy import, one entry per rule file
// (as ESLint's lib/rules/index.js). Run by `npm run compile` before tsc.
//   --check            fail (exit 1) when the index is missing an entry or is otherwise stale
//   --rules-dir <dir>  another rules folder (tests use a temporary one)
import { readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";

const RULE_FILE = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\.ts$/;

/** The index.ts text for the given rule ids (sorted here, so the output never depends on readdir order). */
export function renderRuleIndex(ids) {
  const entries = [...ids]
    .sort()
    .map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`./${id}.js`)}),`)
    .join("\n");
  return [
    "/* Generated from the rule files in this folder by scripts/generate-rule-index.mjs. Do not edit. */",
    'import type { Rule } from "../rule.js";',
    "",
    "/** Loads one rule module; the engine calls only the loaders of enabled rules. */",
    "export type RuleLoader = () => Promise<{ readonly default: Rule }>;",
    "",
    "/** Every catalogue rule by id, sorted. */",
    `export const ruleLoaders: Readonly<Record<string, RuleLoader>> = {${entries ? `\n${entries}\n` : ""}};`,
    "",
  ].join("\n");
}

/** Rule ids from the `.ts` files of a rules folder (index.ts excluded); throws on badly named files. */
export async function ruleIdsIn(dir) {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".ts") && name !== "index.ts");
  const bad = names.filter((name) => !RULE_FILE.test(name));
  if (bad.length > 0) throw new Error(`rule files must be named <kebab-case-id>.ts: ${bad.join(", ")}`);
  return names.map((name) => name.slice(0, -".ts".length)).sort();
}

async function main(argv) {
  const dirFlag = argv.indexOf("--rules-dir");
  const dir =
    dirFlag === -1 ? fileURLToPath(new URL("../src/lint/rules/", import.meta.url)) : resolve(argv[dirFlag + 1] ?? ".");
  const indexFile = join(dir, "index.ts");
  const ids = await ruleIdsIn(dir);
  const expected = renderRuleIndex(ids);
  const current = await readFile(indexFile, "utf8").catch(() => "");
  if (argv.includes("--check")) {
    if (current !== expected) {
      const listed = new Set([...current.matchAll(/^ {2}"([^"]+)":/gm)].map((match) => match[1]));
      const missing = ids.filter((id) => !listed.has(id));
      const extra = [...listed].filter((id) => !ids.includes(id));
      console.error(
        `${indexFile} is out of date: run \`npm run compile\`.` +
          (missing.length ? `\n  rule files without an index entry: ${missing.join(", ")}` : "") +
          (extra.length ? `\n  index entries without a rule file: ${extra.join(", ")}` : ""),
      );
      process.exitCode = 1;
    }
  } else if (current !== expected) {
    await writeFile(indexFile, expected);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
