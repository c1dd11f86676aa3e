/**
 * The hooks in .pre-commit-hooks.yaml, checked against the real CLI: each entry names a registered
 * command with existing options, the `files` pattern selects policies, and each entry does its job
 * when run as pre-commit runs it (entry + staged file names, from the repository root). Also the
 * .npmrc setting that lets pre-commit install this repository at all (`npm pack` output).
 * pre-commit itself is not run here: it is not a dependency of this project.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseExampleText, examplePolicy } from "../../src/lint/examples/merge.js";
import { lintPolicy, loadAllRules } from "../../src/lint/engine.js";
import { parsePolicyText } from "../../src/load/index.js";
import { validatePolicy } from "../../src/validate/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/privacy-notice.js");

interface Hook {
  readonly id: string;
  readonly name: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function execute(file: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const env = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" };
    execFile(file, args, { cwd, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Runs a hook as pre-commit does: the entry's words, then the file names; our bin stands in for the installed one. */
function runHook(hook: Hook, files: readonly string[], cwd: string): Promise<Run> {
  const [program, ...args] = hook.entry.split(/\s+/);
  expect(program).toBe("privacy-notice");
  return execute(process.execPath, [bin, ...args, ...files], cwd);
}

function hook(id: string): Hook {
  const found = hooks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`.pre-commit-hooks.yaml has no hook ${id}`);
  return found;
}

let hooks: Hook[];
let scratch: string;
let repo: string;

beforeAll(async () => {
  hooks = parse(await readFile(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  scratch = await mkdtemp(join(tmpdir(), "pn-hooks-"));
  repo = join(scratch, "repo");
  await mkdir(join(repo, ".git"), { recursive: true });
  await mkdir(join(repo, "policy"));
  await writeFile(join(repo, "policy/schoon.yaml"), baseExampleText());
  for (const rule of (await loadAllRules()).filter((r) => r.meta.defaultSeverity === "error")) {
    const text = stringify(examplePolicy(rule.meta.examples.incorrect));
    const loaded = parsePolicyText("fout.yaml", text);
    const { policy } = validatePolicy(loaded);
    if (policy && (await lintPolicy({ loaded, policy })).some((d) => d.ruleId === rule.meta.id && d.severity === "error")) {
      await writeFile(join(repo, "policy/fout.yaml"), text);
      return;
    }
  }
  throw new Error("no error-level rule reports its incorrect example; see test/lint/catalogue.test.ts");
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe(".pre-commit-hooks.yaml", () => {
  it("defines the lint, validate and fmt hooks as Node hooks on policy YAML files", () => {
    expect(hooks.map((h) => h.id)).toEqual(["privacy-notice-lint", "privacy-notice-validate", "privacy-notice-fmt"]);
    for (const h of hooks) {
      expect(h.language, h.id).toBe("node");
      expect(h.name, h.id).toBeTruthy();
    }
    expect(hook("privacy-notice-lint").entry).toBe("privacy-notice lint");
    expect(hook("privacy-notice-fmt").entry).toBe("privacy-notice fmt --check");
  });

  it("names only commands and options the CLI has", async () => {
    const help = await execute(process.execPath, [bin, "--help"], root);
    expect(help.code).toBe(0);
    const commandsSection = help.stdout.slice(help.stdout.indexOf("Commands:"));
    const commands = [...commandsSection.matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(3);
    for (const h of hooks) {
      const [, command, ...options] = h.entry.split(/\s+/);
      expect(commands, h.id).toContain(command);
      const commandHelp = await execute(process.execPath, [bin, command!, "--help"], root);
      for (const option of options) expect(commandHelp.stdout, `${h.id}: ${option}`).toContain(option);
    }
  });

  it("selects YAML files under policy/ and nothing else (the pattern is read as pre-commit's re.search does)", () => {
    for (const h of hooks) {
      const pattern = new RegExp(h.files);
      expect(["policy/coface-nl.yaml", "policy/archief/oud.yml"].filter((f) => pattern.test(f)), h.id).toHaveLength(2);
      expect(["src/lint/examples/base.yaml", "policy/README.md", "docs/policy/x.yaml", "privacy-notice.config.yaml"].filter((f) => pattern.test(f)), h.id).toEqual([]);
    }
  });

  it("lint: passes on the clean policy, fails (1) when a staged policy has an error", async () => {
    expect((await runHook(hook("privacy-notice-lint"), ["policy/schoon.yaml"], repo)).code).toBe(0);
    const run = await runHook(hook("privacy-notice-lint"), ["policy/schoon.yaml", "policy/fout.yaml"], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("policy/fout.yaml");
  });

  it("validate: passes on schema-valid policies, fails (1) on a schema error", async () => {
    expect((await runHook(hook("privacy-notice-validate"), ["policy/schoon.yaml", "policy/fout.yaml"], repo)).code).toBe(0);
    await writeFile(join(repo, "policy/kapot.yaml"), baseExampleText().replace("format: 1", "format: 2"));
    expect((await runHook(hook("privacy-notice-validate"), ["policy/kapot.yaml"], repo)).code).toBe(1);
  });

  it("fmt: passes on a policy that `privacy-notice fmt` wrote, fails (1) after the layout changes", async () => {
    await copyFile(join(repo, "policy/schoon.yaml"), join(repo, "policy/opgemaakt.yaml"));
    const written = await execute(process.execPath, [bin, "fmt", "policy/opgemaakt.yaml"], repo);
    expect(written.code, written.stderr).toBe(0);
    expect((await runHook(hook("privacy-notice-fmt"), ["policy/opgemaakt.yaml"], repo)).code).toBe(0);
    const canonical = await readFile(join(repo, "policy/opgemaakt.yaml"), "utf8");
    await writeFile(join(repo, "policy/opgemaakt.yaml"), stringify(parse(canonical), { indent: 4 }));
    expect((await runHook(hook("privacy-notice-fmt"), ["policy/opgemaakt.yaml"], repo)).code).toBe(1);
  });
});

describe(".npmrc", () => {
  /** `npm pack` in a tiny package with a prepare script that prints, with or without our .npmrc. */
  async function packOutput(withNpmrc: boolean): Promise<Run> {
    const dir = await mkdtemp(join(scratch, "pack-"));
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "pack-probe", version: "1.0.0", scripts: { prepare: "echo compiled" } }));
    if (withNpmrc) await copyFile(join(root, ".npmrc"), join(dir, ".npmrc"));
    return execute("npm", ["pack", "--no-audit", "--no-fund"], dir);
  }

  it("keeps npm pack's standard output to the tarball name, which pre-commit installs from", async () => {
    const clean = await packOutput(true);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toBe("pack-probe-1.0.0.tgz\n");
    // Without it, this npm prints the prepare script's output there too (the failure it prevents).
    const polluted = await packOutput(false);
    expect(polluted.stdout).toContain("compiled");
  });
});
