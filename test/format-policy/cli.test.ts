/**
 * `privacy-notice fmt` through the real CLI: `--check` lists unformatted files and writes nothing;
 * without it only files that change are rewritten (atomically); files with errors are never touched.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatPolicyText } from "../../src/format-policy/index.js";
import { baseFile, cli, root } from "../diff/support.js";

let dir: string;
let base: string;
let canonical: string;

/** The clean example with its top-level keys in reverse order: valid, but not formatted. */
function shuffled(): string {
  const policy = parse(base) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(policy).reverse()), null, 4);
}

beforeAll(async () => {
  base = await readFile(baseFile, "utf8");
  canonical = formatPolicyText(base);
}, 180_000);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "pn-fmt-"));
  await mkdir(join(dir, "policy"));
  await writeFile(join(dir, "policy/a-opgemaakt.yaml"), canonical);
  await writeFile(join(dir, "policy/b-rommelig.yaml"), shuffled());
  await writeFile(join(dir, "policy/c-schemafout.yaml"), `${canonical.replace(/^format: 1$/m, "format: 2")}  `);
  await copyFile(join(root, "test/fixtures/bad/malformed.yaml"), join(dir, "policy/d-kapot.yaml"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function snapshot(): Promise<Record<string, { text: string; mtime: number }>> {
  const entries: Record<string, { text: string; mtime: number }> = {};
  for (const name of (await readdir(join(dir, "policy"))).sort()) {
    const file = join(dir, "policy", name);
    entries[name] = { text: await readFile(file, "utf8"), mtime: (await stat(file)).mtimeMs };
  }
  return entries;
}

describe("privacy-notice fmt", () => {
  it("--check lists the files that are not formatted, writes nothing and exits 1", async () => {
    const before = await snapshot();
    const result = await cli(["fmt", "--check"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("policy/b-rommelig.yaml: niet opgemaakt");
    expect(result.stdout).not.toContain("a-opgemaakt");
    expect(result.stderr).toContain("c-schemafout.yaml");
    expect(result.stderr).toContain("d-kapot.yaml");
    expect(await snapshot()).toEqual(before);
  });

  it("--check exits 0 when every file is formatted", async () => {
    const result = await cli(["fmt", "--check", "policy/a-opgemaakt.yaml", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("1 file checked, 0 not formatted.\n");
  });

  it("rewrites only the files that change, never files with errors, and leaves no temporary files", async () => {
    const before = await snapshot();
    const result = await cli(["fmt"], dir);
    expect(result.code).toBe(1); // the two broken files
    const after = await snapshot();
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after["a-opgemaakt.yaml"]).toEqual(before["a-opgemaakt.yaml"]);
    expect(after["c-schemafout.yaml"]).toEqual(before["c-schemafout.yaml"]);
    expect(after["d-kapot.yaml"]).toEqual(before["d-kapot.yaml"]);
    expect(after["b-rommelig.yaml"]?.text).toBe(formatPolicyText(shuffled()));
    expect(result.stdout).toContain("policy/b-rommelig.yaml: opgemaakt");
    expect((await cli(["fmt", "--check", "policy/a-opgemaakt.yaml", "policy/b-rommelig.yaml"], dir)).code).toBe(0);
  });

  it("exits 0 when the named files were formatted", async () => {
    expect((await cli(["fmt", "policy/b-rommelig.yaml"], dir)).code).toBe(0);
  });

  it("exits 2 for a file that does not exist, after handling the others", async () => {
    const result = await cli(["fmt", "policy/bestaat-niet.yaml", "policy/b-rommelig.yaml"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bestaat-niet.yaml");
    expect(await readFile(join(dir, "policy/b-rommelig.yaml"), "utf8")).toBe(formatPolicyText(shuffled()));
  });

  it("exits 2 when there are no policy files to format", async () => {
    const empty = await mkdtemp(join(tmpdir(), "pn-fmt-empty-"));
    const result = await cli(["fmt"], empty);
    await rm(empty, { recursive: true, force: true });
    expect(result.code).toBe(2);
  });
});
