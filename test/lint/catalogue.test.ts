/**
 * The rule catalogue's bookkeeping, as ESLint's `checkRuleFiles`: every rule file has an index entry,
 * an up-to-date docs page, a test file and texts in nl and en; and its documented examples behave as
 * documented when linted through the whole pipeline (merge over base.yaml → load → validate → lint).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { baseExampleText, examplePolicy } from "../../src/lint/examples/merge.js";
import { lintPolicy } from "../../src/lint/engine.js";
import type { Rule } from "../../src/lint/rule.js";
import { ruleLoaders } from "../../src/lint/rules/index.js";
import { parsePolicyText, type LoadedPolicy } from "../../src/load/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import { renderRuleDoc, renderRulesReadme } from "../../scripts/generate-rule-docs.mjs";
import { renderRuleIndex, ruleIdsIn } from "../../scripts/generate-rule-index.mjs";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const rulesDir = join(root, "src/lint/rules");
const ids: string[] = await ruleIdsIn(rulesDir);
const rules = new Map<string, Rule>(
  // Straight from the files (not through the index), so a rule missing from the index is still checked.
  await Promise.all(
    ids.map(async (id) => {
      const module = (await import(/* @vite-ignore */ pathToFileURL(join(rulesDir, `${id}.ts`)).href)) as { default: Rule };
      return [id, module.default] as const;
    }),
  ),
);

/** Runs a policy text through load → validate → lint with every rule at its default severity. */
async function pipeline(file: string, text: string, previousText?: string): Promise<{ schema: readonly Diagnostic[]; lint: readonly Diagnostic[] }> {
  const loaded: LoadedPolicy = parsePolicyText(file, text);
  const validation = await validatePolicy(loaded);
  const schema = [...loaded.diagnostics, ...validation.diagnostics].filter((d) => d.severity === "error");
  // The previous version (rules that compare versions) goes through validation as well.
  const previous = previousText === undefined ? undefined : await validatePolicy(parsePolicyText(`vorige-${file}`, previousText));
  if (previous !== undefined && previous.policy === undefined) schema.push(...previous.diagnostics.filter((d) => d.severity === "error"));
  if (schema.length > 0 || validation.policy === undefined) return { schema, lint: [] };
  return { schema, lint: await lintPolicy({ loaded, policy: validation.policy, previous: previous?.policy }) };
}

/** The previous version of a rule's examples as YAML text, when the rule compares versions. */
function previousText(rule: Rule): string | undefined {
  return rule.meta.examples.previous === undefined ? undefined : stringify(examplePolicy(rule.meta.examples.previous));
}

function describeProblems(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId}: ${d.message.en}`).join("\n");
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)].map((match) => match[1] ?? "").sort();
}

describe("rule catalogue", () => {
  it("has rules", () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it("has an index entry for every rule file (generate-rule-index --check passes)", async () => {
    expect(Object.keys(ruleLoaders)).toEqual(ids);
    await expect(run(process.execPath, [join(root, "scripts/generate-rule-index.mjs"), "--check"])).resolves.toBeDefined();
  });

  it("lints the clean base policy with zero findings from all rules", async () => {
    const result = await pipeline("src/lint/examples/base.yaml", baseExampleText());
    expect(describeProblems(result.schema)).toBe("");
    expect(describeProblems(result.lint)).toBe("");
  });

  it("has a docs overview that lists every rule and no docs page for a rule that is gone", async () => {
    const readme = await readFile(join(root, "docs/rules/README.md"), "utf8").catch(() => "(missing)");
    expect(readme, "docs/rules/README.md is stale: run `npm run docs`").toBe(renderRulesReadme([...rules.values()].map((rule) => rule.meta)));
    const pages = (await readdir(join(root, "docs/rules"))).filter((name) => name.endsWith(".md") && name !== "README.md");
    expect(pages.map((name) => name.slice(0, -3)).sort()).toEqual(ids);
  });
});

describe.each(ids)("rule %s", (id) => {
  const rule = rules.get(id) as Rule;

  it("is named after its file and depends only on existing rules", () => {
    expect(rule.meta.id).toBe(id);
    for (const parent of rule.meta.dependsOn ?? []) expect(ids).toContain(parent);
  });

  it("has docs and every message in nl and en, with the same placeholders", () => {
    expect(rule.meta.docs.nl.trim()).not.toBe("");
    expect(rule.meta.docs.en.trim()).not.toBe("");
    expect(rule.meta.articles.length).toBeGreaterThan(0);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const [messageId, text] of Object.entries(rule.meta.messages)) {
      expect(text.nl.trim(), `${messageId} nl`).not.toBe("");
      expect(text.en.trim(), `${messageId} en`).not.toBe("");
      expect(placeholders(text.nl), `${messageId} placeholders`).toEqual(placeholders(text.en));
    }
  });

  it("has an up-to-date docs page", async () => {
    const page = await readFile(join(root, `docs/rules/${id}.md`), "utf8").catch(() => "(missing)");
    expect(page, `docs/rules/${id}.md is missing or stale: run \`npm run docs\``).toBe(renderRuleDoc(rule.meta));
  });

  it("has a test file", () => {
    expect(existsSync(join(root, `test/lint/rules/${id}.test.ts`)), `test/lint/rules/${id}.test.ts`).toBe(true);
  });

  it("reports its incorrect example through the whole pipeline", async () => {
    const { schema, lint } = await pipeline(`examples/${id}/fout.yaml`, stringify(examplePolicy(rule.meta.examples.incorrect)), previousText(rule));
    expect(describeProblems(schema), "the incorrect example must be schema-valid, or rules never see it").toBe("");
    expect(lint.filter((d) => d.ruleId === id && !d.suppressed).length, describeProblems(lint)).toBeGreaterThan(0);
  });

  it("does not report its correct example", async () => {
    const { schema, lint } = await pipeline(`examples/${id}/goed.yaml`, stringify(examplePolicy(rule.meta.examples.correct)), previousText(rule));
    expect(describeProblems(schema)).toBe("");
    expect(describeProblems(lint.filter((d) => d.ruleId === id))).toBe("");
  });
});

describe("generate-rule-index --check", () => {
  it("fails for a rule file without an index entry, naming it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pn-rules-"));
    try {
      await writeFile(join(dir, "eerste-regel.ts"), "export default {};\n");
      await writeFile(join(dir, "index.ts"), renderRuleIndex(["eerste-regel"]));
      const script = join(root, "scripts/generate-rule-index.mjs");
      await expect(run(process.execPath, [script, "--check", "--rules-dir", dir])).resolves.toBeDefined();
      await writeFile(join(dir, "tweede-regel.ts"), "export default {};\n");
      const failure = await run(process.execPath, [script, "--check", "--rules-dir", dir]).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining("rule files without an index entry: tweede-regel") });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
