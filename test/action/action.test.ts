/**
 * The composite GitHub Action (action.yml) as far as it runs outside GitHub: the lint step's own
 * `run` command, with the `env` that action.yml maps from its inputs, executed by bash in a sample
 * workspace with the variables the runner sets (GITHUB_WORKSPACE, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY). It runs this repository's compiled CLI (test/global-setup.ts compiles).
 * Not covered here: the runner itself and the upload to code scanning.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseExampleText, examplePolicy } from "../../src/lint/examples/merge.js";
import { lintPolicy, loadAllRules } from "../../src/lint/engine.js";
import { parsePolicyText } from "../../src/load/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import { actionExitCode, expandPatterns, inputVariable, parseBoolean, splitPatterns } from "../../scripts/action/run.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly if?: string;
  readonly shell?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, string>;
}

interface ActionYaml {
  readonly name: string;
  readonly inputs: Record<string, { readonly description: string; readonly default?: string; readonly required?: boolean }>;
  readonly outputs: Record<string, { readonly value: string }>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** `name=value` lines appended to $GITHUB_OUTPUT. */
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

interface SarifLog {
  readonly version: string;
  readonly runs: readonly {
    readonly results: readonly {
      readonly ruleId: string;
      readonly level: string;
      readonly suppressions?: readonly unknown[];
      readonly locations: readonly { readonly physicalLocation: { readonly artifactLocation: { readonly uri: string }; readonly region: { readonly startLine: number } } }[];
    }[];
  }[];
}

interface Annotation {
  readonly level: string;
  readonly properties: Record<string, string>;
  readonly message: string;
}

let action: ActionYaml;
let scratch: string;
/** A repository with one clean and one faulty policy. */
let workspace: string;
/** The rule ids that report errors in policy/fout.yaml. */
let errorRuleIds: string[];

function step(id: string): Step {
  const found = action.runs.steps.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`action.yml has no step with id ${id}`);
  return found;
}

/**
 * Evaluates what the runner would for the lint step: `${{ inputs.x }}` from the given inputs or the
 * declared defaults. Any other expression makes the test fail rather than pass by accident.
 */
function evaluate(text: string, inputs: Readonly<Record<string, string>>): string {
  return text.replaceAll(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const match = /^inputs\.([\w-]+)$/.exec(expression);
    if (!match) throw new Error(`the test cannot evaluate \${{ ${expression} }}`);
    const name = match[1]!;
    const declared = action.inputs[name];
    if (!declared) throw new Error(`inputs.${name} is not declared in action.yml`);
    return inputs[name] ?? declared.default ?? "";
  });
}

function execute(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Runs the lint step of action.yml as the runner does: `bash --noprofile --norc -eo pipefail`. */
async function runAction(cwd: string, inputs: Readonly<Record<string, string>> = {}): Promise<ActionRun> {
  const lint = step("lint");
  const files = await mkdtemp(join(scratch, "runner-"));
  const outputFile = join(files, "output");
  const summaryFile = join(files, "summary.md");
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const stepEnv = Object.fromEntries(Object.entries(lint.env ?? {}).map(([key, value]) => [key, evaluate(value, inputs)]));
  const env = {
    PATH: process.env["PATH"] ?? "",
    HOME: process.env["HOME"] ?? "",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION_PATH: root,
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: files,
    ...stepEnv,
  };
  const result = await execute("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", evaluate(lint.run ?? "", inputs)], cwd, env);
  return { ...result, outputs: parseOutputs(await readFile(outputFile, "utf8")), summary: await readFile(summaryFile, "utf8") };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heredoc = /^([\w-]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, index + 1);
      outputs[heredoc[1]!] = lines.slice(index + 1, end).join("\n");
      index = end;
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return outputs;
}

function annotations(stdout: string): Annotation[] {
  return [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((match) => ({
    level: match[1]!,
    properties: Object.fromEntries((match[2] ?? "").trim().split(",").filter(Boolean).map((pair) => pair.split("=") as [string, string])),
    message: match[3]!,
  }));
}

function shownCounts(log: SarifLog): { errors: number; warnings: number } {
  const results = log.runs.flatMap((run) => run.results).filter((result) => !result.suppressions?.length);
  return { errors: results.filter((r) => r.level === "error").length, warnings: results.filter((r) => r.level === "warning").length };
}

/** Markdown table rows of the job summary (header and separator excluded). */
function tableRows(summary: string): string[] {
  const rows = summary.split("\n").filter((line) => line.startsWith("| "));
  return rows.slice(2);
}

/** Asserts what every annotation with a location must satisfy for GitHub to attach it to the diff. */
async function expectAttachable(list: readonly Annotation[], cwd: string): Promise<void> {
  for (const annotation of list.filter((a) => a.properties["file"] !== undefined)) {
    const { file, line, endLine, col } = annotation.properties;
    expect(file).not.toMatch(/^(\.\/|\/)/);
    expect(existsSync(join(cwd, file!)), file).toBe(true);
    expect(Number(line)).toBeGreaterThanOrEqual(1);
    expect(Number(endLine)).toBeGreaterThanOrEqual(Number(line));
    expect(Number(col)).toBeGreaterThanOrEqual(1);
  }
}

async function newWorkspace(name: string): Promise<string> {
  const dir = join(scratch, name);
  // A .git folder stops the config search here, as at a repository root.
  await mkdir(join(dir, ".git"), { recursive: true });
  await mkdir(join(dir, "policy"), { recursive: true });
  return dir;
}

beforeAll(async () => {
  if (!existsSync(join(root, "lib/cli/main.js"))) throw new Error("lib/cli/main.js is missing: run `npm run compile`");
  action = parse(await readFile(join(root, "action.yml"), "utf8")) as ActionYaml;
  scratch = await mkdtemp(join(tmpdir(), "pn-action-"));
  workspace = await newWorkspace("repo");
  await writeFile(join(workspace, "policy/schoon.yaml"), baseExampleText());
  // Any error-level catalogue rule whose documented incorrect example it reports will do; which one
  // is the catalogue test's business.
  for (const rule of (await loadAllRules()).filter((r) => r.meta.defaultSeverity === "error")) {
    const text = stringify(examplePolicy(rule.meta.examples.incorrect));
    const loaded = parsePolicyText("fout.yaml", text);
    const { policy } = validatePolicy(loaded);
    if (!policy) continue;
    const diagnostics = await lintPolicy({ loaded, policy });
    if (diagnostics.some((d) => d.ruleId === rule.meta.id && d.severity === "error")) {
      await writeFile(join(workspace, "policy/fout.yaml"), text);
      errorRuleIds = [...new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId))];
      break;
    }
  }
  if (!errorRuleIds) throw new Error("no error-level rule reports its incorrect example; see test/lint/catalogue.test.ts");
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("the lint step of action.yml", () => {
  it("fails with exit 1 on errors, annotates workspace-relative lines, writes SARIF, outputs and the job summary", async () => {
    const run = await runAction(workspace);
    expect(run.code, run.stdout + run.stderr).toBe(1);

    const list = annotations(run.stdout);
    const errors = list.filter((a) => a.level === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((a) => a.properties["file"])).toContain("policy/fout.yaml");
    expect(errors.map((a) => a.properties["title"])).toEqual(expect.arrayContaining(errorRuleIds.slice(0, 1)));
    await expectAttachable(list, workspace);
    expect(run.stdout).not.toMatch(/line=0\b/);
    // The readable log is there too (stylish), with the rule id.
    expect(run.stdout).toContain(errorRuleIds[0]);

    expect(run.outputs["sarif-file"]).toBe(join(workspace, "privacy-notice.sarif"));
    const log = JSON.parse(await readFile(run.outputs["sarif-file"]!, "utf8")) as SarifLog;
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    const uris = log.runs.flatMap((r) => r.results.flatMap((result) => result.locations.map((l) => l.physicalLocation.artifactLocation.uri)));
    expect(uris).toContain("policy/fout.yaml");
    expect(log.runs.flatMap((r) => r.results).every((result) => result.locations[0]!.physicalLocation.region.startLine >= 1)).toBe(true);

    const counts = shownCounts(log);
    expect(counts.errors).toBeGreaterThan(0);
    expect(run.outputs["errors"]).toBe(String(counts.errors));
    expect(run.outputs["warnings"]).toBe(String(counts.warnings));
    expect(errors.length).toBe(Math.min(10, counts.errors));

    expect(run.summary).toContain("## privacy-notice lint");
    expect(run.summary).toMatch(/^\| Bestand \| Plaats \| Ernst \| Melding \| Regel \|$/m);
    expect(run.summary).toMatch(/^\| --- \| --- \| --- \| --- \| --- \|$/m);
    expect(tableRows(run.summary)).toHaveLength(counts.errors + counts.warnings);
  });

  it("succeeds with fail-on-findings false, and still annotates and counts the errors", async () => {
    const run = await runAction(workspace, { "fail-on-findings": "false" });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(Number(run.outputs["errors"])).toBeGreaterThan(0);
    expect(annotations(run.stdout).some((a) => a.level === "error")).toBe(true);
    expect(run.stdout).toContain("fail-on-findings is false");
  });

  it("exits 0 with zero errors on the clean policy, and writes a summary without a table", async () => {
    const run = await runAction(workspace, { files: "policy/schoon.yaml", "sarif-file": "rapporten/schoon.sarif" });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs["errors"]).toBe("0");
    const log = JSON.parse(await readFile(join(workspace, "rapporten/schoon.sarif"), "utf8")) as SarifLog;
    expect(run.outputs["warnings"]).toBe(String(shownCounts(log).warnings));
    expect(annotations(run.stdout).filter((a) => a.level === "error")).toHaveLength(0);
    if (shownCounts(log).warnings === 0) expect(tableRows(run.summary)).toHaveLength(0);
  });

  it("exits 2 for a missing file even with fail-on-findings false, without counts", async () => {
    const run = await runAction(workspace, { files: "policy/schoon.yaml policy/ontbreekt.yaml", "fail-on-findings": "false" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("policy/ontbreekt.yaml");
    expect(run.outputs["errors"]).toBeUndefined();
    expect(run.outputs["warnings"]).toBeUndefined();
    expect(annotations(run.stdout).filter((a) => a.level === "error" && a.properties["title"] === "privacy-notice")).toHaveLength(1);
    expect(run.summary).toContain("privacy-notice kon niet draaien");
  });

  it("exits 2 when a glob matches no file, naming the pattern", async () => {
    const run = await runAction(workspace, { files: "beleid/*.yaml" });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error title=privacy-notice::Geen bestand past bij beleid\/\*\.yaml\.$/m);
    expect(run.outputs).toEqual({});
  });

  it("exits 2 for a fail-on-findings value that is not a boolean", async () => {
    const run = await runAction(workspace, { "fail-on-findings": "soms" });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("fail-on-findings");
  });

  it("passes config and max-warnings on: with errors turned into warnings, only too many warnings fail", async () => {
    const dir = await newWorkspace("met-config");
    await writeFile(join(dir, "policy/fout.yaml"), await readFile(join(workspace, "policy/fout.yaml"), "utf8"));
    await writeFile(join(dir, "lint.yaml"), stringify({ rules: Object.fromEntries(errorRuleIds.map((id) => [id, "warn"])) }));
    const lenient = await runAction(dir, { config: "lint.yaml", "fail-on-findings": "true" });
    expect(lenient.code, lenient.stdout + lenient.stderr).toBe(0);
    expect(lenient.outputs["errors"]).toBe("0");
    const warnings = Number(lenient.outputs["warnings"]);
    expect(warnings).toBeGreaterThanOrEqual(errorRuleIds.length);
    expect((await runAction(dir, { config: "lint.yaml", "max-warnings": String(warnings) })).code).toBe(0);
    const strict = await runAction(dir, { config: "lint.yaml", "max-warnings": String(warnings - 1) });
    expect(strict.code).toBe(1);
    expect(strict.outputs["warnings"]).toBe(String(warnings));
  });

  it("speaks English with lang en", async () => {
    const run = await runAction(workspace, { lang: "en" });
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/^\| File \| Location \| Severity \| Message \| Rule \|$/m);
  });

  it("lints a copy of the Coface policy consistently: outputs, SARIF and summary agree; at most 10 annotations per level", async () => {
    const dir = await newWorkspace("coface");
    await writeFile(join(dir, "policy/coface-nl.yaml"), await readFile(join(root, "policy/coface-nl.yaml"), "utf8"));
    const run = await runAction(dir);
    const log = JSON.parse(await readFile(join(dir, "privacy-notice.sarif"), "utf8")) as SarifLog;
    const counts = shownCounts(log);
    expect(run.code, run.stderr).toBe(counts.errors > 0 ? 1 : 0);
    expect(run.outputs["errors"]).toBe(String(counts.errors));
    expect(run.outputs["warnings"]).toBe(String(counts.warnings));
    const list = annotations(run.stdout);
    expect(list.filter((a) => a.level === "error")).toHaveLength(Math.min(10, counts.errors));
    expect(list.filter((a) => a.level === "warning")).toHaveLength(Math.min(10, counts.warnings));
    await expectAttachable(list, dir);
    expect(tableRows(run.summary)).toHaveLength(counts.errors + counts.warnings);
  });
});

describe("scripts/action/run.mjs helpers", () => {
  it("expands globs relative to the workspace in sorted order, keeps plain paths, skips node_modules", async () => {
    const dir = await newWorkspace("globs");
    for (const file of ["policy/b.yaml", "policy/a.yml", "policy/sub/c.yaml", "node_modules/x/policy/d.yaml", "policy/notes.txt"]) {
      await mkdir(join(dir, file, ".."), { recursive: true });
      await writeFile(join(dir, file), "");
    }
    expect(await expandPatterns(["policy/*.yaml"], dir)).toEqual({ files: ["policy/b.yaml"], unmatched: [] });
    expect(await expandPatterns(["./policy/**/*.{yaml,yml}", "policy/b.yaml"], dir)).toEqual({
      files: ["policy/a.yml", "policy/b.yaml", "policy/sub/c.yaml"],
      unmatched: [],
    });
    expect(await expandPatterns(["**/*.yaml"], dir)).toEqual({ files: ["policy/b.yaml", "policy/sub/c.yaml"], unmatched: [] });
    expect(await expandPatterns(["policy/weg.yaml", "archief/*.yaml"], dir)).toEqual({ files: ["policy/weg.yaml"], unmatched: ["archief/*.yaml"] });
  });

  it("splits the files input on spaces and new lines", () => {
    expect(splitPatterns(" policy/a.yaml\npolicy/b.yaml  policy/c.yaml\n")).toEqual(["policy/a.yaml", "policy/b.yaml", "policy/c.yaml"]);
    expect(splitPatterns("  \n")).toEqual([]);
  });

  it("reads booleans as @actions/core does and maps exit codes", () => {
    expect(["true", "True", "TRUE", "false", "False", "FALSE", "yes", ""].map(parseBoolean)).toEqual([true, true, true, false, false, false, undefined, undefined]);
    expect([0, 1, 2, 134].map((code) => actionExitCode(code, true))).toEqual([0, 1, 2, 2]);
    expect([0, 1, 2, 134].map((code) => actionExitCode(code, false))).toEqual([0, 0, 2, 2]);
  });
});

describe("action.yml", () => {
  it("is a composite action whose lint step passes exactly the inputs run.mjs reads", async () => {
    expect(action.runs.using).toBe("composite");
    const source = await readFile(join(root, "scripts/action/run.mjs"), "utf8");
    // Every read goes through input("<name>"): the only variable lookups are inputVariable(…) and
    // fixed names of the runner, so the list below is complete.
    const read = [...new Set([...source.matchAll(/\binput\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();
    const lookups = [...source.matchAll(/process\.env\[([^\]]+)\]/g)].map((m) => m[1]!);
    expect(source).not.toMatch(/process\.env\.\w|\benv\s*\)/);
    for (const lookup of lookups) expect(lookup).toMatch(/^(inputVariable\(name\)|"(GITHUB|RUNNER)_[A-Z_]+")$/);
    const passed = Object.entries(step("lint").env ?? {}).map(([variable, value]) => {
      const name = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
      expect(name, `${variable} maps one input`).toBeDefined();
      expect(variable).toBe(inputVariable(name!));
      return name!;
    });
    expect(passed.sort()).toEqual(read);
  });

  it("declares every input it uses, and uses every input it declares", async () => {
    const text = await readFile(join(root, "action.yml"), "utf8");
    const used = new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, declared] of Object.entries(action.inputs)) expect(declared.description, name).toBeTruthy();
    expect(action.inputs["files"]?.default).toBe("policy/*.yaml");
    expect(action.inputs["lang"]?.default).toBe("nl");
    expect(action.inputs["sarif-file"]?.default).toBe("privacy-notice.sarif");
    expect(action.inputs["fail-on-findings"]?.default).toBe("true");
  });

  it("exposes the outputs the script writes, and uploads the SARIF it names even after findings", async () => {
    const source = await readFile(join(root, "scripts/action/run.mjs"), "utf8");
    const written = [...source.matchAll(/outputLine\("([\w-]+)"/g)].map((m) => m[1]!).sort();
    expect(written).toEqual(["errors", "sarif-file", "warnings"]);
    expect(Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, output.value]))).toEqual(
      Object.fromEntries(written.map((name) => [name, `\${{ steps.lint.outputs.${name} }}`])),
    );
    const upload = action.runs.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(upload?.if).toMatch(/always\(\)/);
    expect(upload?.if).toContain("steps.lint.outputs.sarif-file != ''");
    expect(upload?.with).toEqual({ sarif_file: "${{ steps.lint.outputs.sarif-file }}", category: "privacy-notice" });
    // Every step of a composite action needs an explicit shell.
    for (const s of action.runs.steps.filter((candidate) => candidate.run !== undefined)) expect(s.shell, s.name).toBe("bash");
  });
});

describe("scripts/action/install.sh", () => {
  async function fakeBin(name: string, script: string): Promise<string> {
    const dir = await mkdtemp(join(scratch, "bin-"));
    await writeFile(join(dir, name), `#!/bin/sh\n${script}\n`);
    await chmod(join(dir, name), 0o755);
    return dir;
  }
  const install = join(root, "scripts/action/install.sh");

  it("stops with exit 2 and says to use setup-node when Node.js is older than 20.19", async () => {
    const bin = await fakeBin("node", 'echo "v20.18.3"');
    const run = await execute("bash", [install], scratch, { PATH: `${bin}:/usr/bin:/bin` });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error title=privacy-notice::Node\.js v20\.18\.3 is too old.*actions\/setup-node/m);
  });

  it("does nothing when this checkout is already installed and compiled (npm is not run)", async () => {
    const npm = await fakeBin("npm", "echo npm was run; exit 1");
    const nodeDir = join(process.execPath, "..");
    const run = await execute("bash", [install], scratch, { PATH: `${npm}:${nodeDir}:/usr/bin:/bin` });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("already installed");
    expect(run.stdout).not.toContain("npm was run");
  });
});

describe(".github/workflows/privacy-notice.yml", () => {
  it("runs this action on pull requests and pushes to main with Node 20 and the permissions upload-sarif needs", async () => {
    const workflow = parse(await readFile(join(root, ".github/workflows/privacy-notice.yml"), "utf8")) as {
      on: { pull_request: unknown; push: { branches: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { steps: Step[] }>;
    };
    expect(workflow.on).toHaveProperty("pull_request");
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect(workflow.permissions).toMatchObject({ contents: "read", "security-events": "write" });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const uses = steps.map((s) => s.uses ?? "");
    expect(uses.findIndex((u) => u.startsWith("actions/checkout@"))).toBeLessThan(uses.indexOf("./"));
    expect(uses.findIndex((u) => u.startsWith("actions/setup-node@"))).toBeLessThan(uses.indexOf("./"));
    expect(String(steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with?.["node-version"])).toBe("20");
    for (const name of Object.keys(steps.find((s) => s.uses === "./")?.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
  });
});
