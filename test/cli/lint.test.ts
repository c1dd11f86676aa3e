/**
 * The real CLI (`node bin/privacy-notice.js`, compiled lib/) on real files: exit codes, formats,
 * config, directives, `rules` and `explain`. Each test works in its own temporary repository (a
 * folder with `.git`) so no configuration from elsewhere applies.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseExampleText, examplePolicy } from "../../src/lint/examples/merge.js";
import { lintPolicy, loadAllRules } from "../../src/lint/engine.js";
import { parsePolicyText } from "../../src/load/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import type { Rule } from "../../src/lint/rule.js";
import type { JsonResult } from "../../src/format/json.js";
import { ruleIdsIn } from "../../scripts/generate-rule-index.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/privacy-notice.js");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    // A clean environment: no colour forcing or CI variables leak in from the test runner.
    const base = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" };
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...base, ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let repo: string;
let errorRule: Rule;

beforeAll(async () => {
  // The CLI runs compiled lib/, which test/global-setup.ts brings up to date before the run.
  if (!existsSync(join(root, "lib/cli/main.js"))) throw new Error("lib/cli/main.js is missing: run `npm run compile`");
  repo = await mkdtemp(join(tmpdir(), "pn-cli-"));
  await mkdir(join(repo, ".git"));
  await mkdir(join(repo, "policy"));
  await writeFile(join(repo, "policy/schoon.yaml"), baseExampleText());
  // A real catalogue rule at error level, with its documented incorrect example.
  // Rule correctness is the catalogue test's job; here any error-level rule whose example works will do.
  let found: Rule | undefined;
  for (const rule of (await loadAllRules()).filter((r) => r.meta.defaultSeverity === "error")) {
    const loaded = parsePolicyText("fout.yaml", stringify(examplePolicy(rule.meta.examples.incorrect)));
    const { policy } = validatePolicy(loaded);
    if (policy && (await lintPolicy({ loaded, policy })).some((d) => d.ruleId === rule.meta.id)) {
      found = rule;
      break;
    }
  }
  if (!found) throw new Error("no error-level rule reports its incorrect example; see test/lint/catalogue.test.ts");
  errorRule = found;
  await writeFile(join(repo, "policy/fout.yaml"), stringify(examplePolicy(errorRule.meta.examples.incorrect)));
  await writeFile(join(repo, "policy/kapot.yaml"), baseExampleText().replace("format: 1", "format: 2"));
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

async function jsonOf(args: readonly string[], env?: Record<string, string>): Promise<{ run: Run; results: JsonResult[] }> {
  const run = await cli([...args, "--format", "json"], repo, env);
  return { run, results: JSON.parse(run.stdout) as JsonResult[] };
}

describe("privacy-notice lint", () => {
  it("exits 0 on the clean example policy and reports no errors", async () => {
    const { run, results } = await jsonOf(["lint", "policy/schoon.yaml"]);
    expect(run.code).toBe(0);
    expect(results[0]?.errorCount).toBe(0);
  });

  it("exits 1 and names the rule when a rule finds an error", async () => {
    const run = await cli(["lint", "policy/fout.yaml"], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("policy/fout.yaml");
    expect(run.stdout).toContain(errorRule.meta.id);
    expect(run.stdout).toMatch(/✖ \d+ (probleem|problemen) \(\d+ fouten?, \d+ (waarschuwing|waarschuwingen)\)/);
  });

  it("reports schema errors with exit 1 and does not run the rules on that file", async () => {
    const { run, results } = await jsonOf(["lint", "policy/kapot.yaml"]);
    expect(run.code).toBe(1);
    const ruleIds = results[0]!.messages.map((message) => message.ruleId);
    expect(ruleIds.some((id) => id.startsWith("schema/"))).toBe(true);
    expect(ruleIds.every((id) => id.includes("/"))).toBe(true);
  });

  it("writes several formats in one run, files atomically, and lints several files", async () => {
    const run = await cli(
      ["lint", "policy/fout.yaml", "policy/schoon.yaml", "--format", "stylish", "--format", "sarif=out/report.sarif", "--format", "json=out/report.json"],
      repo,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(errorRule.meta.id);
    const log = JSON.parse(await readFile(join(repo, "out/report.sarif"), "utf8")) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(2);
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toContain(errorRule.meta.id);
    const json = JSON.parse(await readFile(join(repo, "out/report.json"), "utf8")) as JsonResult[];
    expect(json.map((result) => result.filePath)).toEqual([join(repo, "policy/fout.yaml"), join(repo, "policy/schoon.yaml")]);
    expect((await readdir(join(repo, "out"))).sort()).toEqual(["report.json", "report.sarif"]);
  });

  it("speaks English with --lang en", async () => {
    const run = await cli(["lint", "policy/fout.yaml", "--lang", "en"], repo);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
  });

  it("applies the config file: a rule set to warn no longer fails the run, --max-warnings does", async () => {
    const dir = join(repo, "met-config");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "privacy-notice.config.yaml"), `rules:\n  ${errorRule.meta.id}: warn\n`);
    const policy = join(repo, "policy/fout.yaml");
    const warned = await cli(["lint", policy, "--format", "json"], dir);
    const [result] = JSON.parse(warned.stdout) as JsonResult[];
    expect(result!.messages.find((message) => message.ruleId === errorRule.meta.id)?.severity).toBe(1);
    if (result!.errorCount === 0) expect(warned.code).toBe(0);
    const warnings = result!.warningCount;
    expect((await cli(["lint", policy, "--max-warnings", String(warnings)], dir)).code).toBe(result!.errorCount === 0 ? 0 : 1);
    const over = await cli(["lint", policy, "--max-warnings", String(warnings - 1)], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("te veel waarschuwingen");
  });

  it("hides warnings with --quiet", async () => {
    const { results } = await jsonOf(["lint", "policy/fout.yaml", "--quiet"]);
    expect(results[0]!.messages.length).toBeGreaterThan(0);
    expect(results[0]!.messages.every((message) => message.severity === 2)).toBe(true);
    expect(results[0]!.warningCount).toBe(0);
  });

  it("honours a disable directive with a reason: the finding is kept in JSON but no longer fails the run", async () => {
    const { results: before } = await jsonOf(["lint", "policy/fout.yaml"]);
    const target = before[0]!.messages.find((message) => message.ruleId === errorRule.meta.id)!;
    const lines = (await readFile(join(repo, "policy/fout.yaml"), "utf8")).split("\n");
    const errorIds = [...new Set(before[0]!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId))];
    lines.unshift(`# privacy-notice-disable-file ${errorIds.join(", ")} -- voorbeeld voor de test`);
    await writeFile(join(repo, "policy/onderdrukt.yaml"), lines.join("\n"));
    const { run, results } = await jsonOf(["lint", "policy/onderdrukt.yaml"]);
    expect(run.code).toBe(0);
    expect(results[0]!.suppressedMessages).toContainEqual(
      expect.objectContaining({ ruleId: target.ruleId, line: target.line + 1, suppressions: [{ kind: "inline", justification: "voorbeeld voor de test" }] }),
    );
    const stylish = await cli(["lint", "policy/onderdrukt.yaml"], repo);
    expect(stylish.stdout).not.toContain(` ${errorRule.meta.id}\n`);
  });

  it("writes GitHub annotations and appends the job summary to $GITHUB_STEP_SUMMARY", async () => {
    const summary = join(repo, "summary.md");
    await writeFile(summary, "# eerder\n");
    const run = await cli(["lint", "policy/fout.yaml", "--format", "github"], repo, { GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^::error file=policy/fout\\.yaml,line=\\d+,endLine=\\d+,col=\\d+,endColumn=\\d+,title=${errorRule.meta.id}::`, "m"));
    // Run from a subfolder, paths stay relative to the workspace (the repository root).
    const sub = await cli(["lint", "fout.yaml", "--format", "github"], join(repo, "policy"), { GITHUB_WORKSPACE: repo });
    expect(sub.stdout).toMatch(/^::error file=policy\/fout\.yaml,/m);
    const text = await readFile(summary, "utf8");
    expect(text.startsWith("# eerder\n## privacy-notice lint")).toBe(true);
    expect(text).toContain(`| \`${errorRule.meta.id}\` |`);
  });

  it("colours stylish output only when forced, and never with NO_COLOR", async () => {
    const plain = await cli(["lint", "policy/fout.yaml"], repo);
    expect(plain.code, plain.stderr).toBe(1);
    expect(plain.stdout).not.toContain("\u001b[");
    const forced = await cli(["lint", "policy/fout.yaml"], repo, { FORCE_COLOR: "1" });
    expect(forced.stdout, forced.stderr).toContain("\u001b[31m");
    const refused = await cli(["lint", "policy/fout.yaml"], repo, { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(refused.stdout).not.toContain("\u001b[");
  });

  it("prints rule timings on standard error with TIMING, leaving JSON on standard output intact", async () => {
    const { run, results } = await jsonOf(["lint", "policy/schoon.yaml"], { TIMING: "3" });
    expect(run.code).toBe(0);
    expect(results).toHaveLength(1);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
    expect(lines).toHaveLength(2 + 3);
    for (const line of lines.slice(2)) expect(line).toMatch(/^[a-z0-9-]+ +\| +\d+\.\d{3} \| +\d+\.\d%$/);
    const quiet = await cli(["lint", "policy/schoon.yaml"], repo);
    expect(quiet.stderr).toBe("");
  });

  it("exits 2 when a file is missing, a format is unknown or an option is invalid", async () => {
    const missing = await cli(["lint", "policy/weg.yaml"], repo);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Bestand niet gevonden: policy/weg.yaml");
    const format = await cli(["lint", "policy/schoon.yaml", "--format", "sarf"], repo);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Onbekend formaat "sarf". Bedoelt u "sarif"?');
    expect((await cli(["lint", "policy/schoon.yaml", "--max-warnings", "veel"], repo)).code).toBe(2);
    expect((await cli(["lint"], repo)).code).toBe(2);
  });

  it("exits 2 on an invalid config, with file:line:column and a did-you-mean", async () => {
    const typo = errorRule.meta.id.slice(0, -1);
    await writeFile(join(repo, "slecht.yaml"), `rules:\n  ${typo}: error\n  ${errorRule.meta.id}: soms\n`);
    const run = await cli(["lint", "policy/schoon.yaml", "--config", "slecht.yaml", "--lang", "en"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`slecht.yaml:2:3: Unknown rule "${typo}". Did you mean "${errorRule.meta.id}"?`);
    expect(run.stderr).toContain(`slecht.yaml:3:${errorRule.meta.id.length + 5}: Invalid severity`);
    expect(run.stdout).toBe("");
  });
});

describe("privacy-notice rules and explain", () => {
  it("lists every rule with its severity and articles", async () => {
    const run = await cli(["rules", "--lang", "en"], repo);
    expect(run.code).toBe(0);
    // The rule files as they are now: global setup compiled this catalogue for the CLI.
    const ids = await ruleIdsIn(join(root, "src/lint/rules"));
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split(" ")[0])).toEqual(ids);
    const line = lines.find((l) => l.startsWith(`${errorRule.meta.id} `));
    expect(line).toContain("error");
    expect(line).toContain(errorRule.meta.articles[0]);
    expect(line).toContain(errorRule.meta.docs.en);
  });

  it("explains a rule with its docs and both examples", async () => {
    const run = await cli(["explain", errorRule.meta.id], repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(errorRule.meta.docs.nl);
    expect(run.stdout).toContain("Fout (deze regel meldt dit):");
    const firstExampleLine = errorRule.meta.examples.incorrect.trim().split("\n")[0]!;
    expect(run.stdout).toContain(`    ${firstExampleLine}`);
  });

  it("suggests the closest rule for an unknown id and exits 2", async () => {
    const typo = `${errorRule.meta.id}x`;
    const run = await cli(["explain", typo], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Onbekende regel "${typo}". Bedoelt u "${errorRule.meta.id}"?`);
  });
});
