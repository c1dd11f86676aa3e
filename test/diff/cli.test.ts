/**
 * `privacy-notice diff` through the real CLI (compiled lib/): Markdown in Dutch and English, the JSON
 * shape, `--fail-on`, exit codes 0/1/2, and `git:<rev>:<path>` sides read from a temporary repository.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Policy } from "../../src/model/index.js";
import { cli, run, subjectFile } from "./support.js";

let dir: string;
let original: string;

/** The subject with one material change (a new purpose) and one editorial change (a reworded introduction). */
function changedText(): string {
  const policy = parse(original) as Policy & { chapters: { purposes?: { items: unknown[] } }[] };
  const purposes = policy.chapters[0]?.purposes;
  if (!purposes) throw new Error("the first chapter has no purposes");
  purposes.items.push({ id: "marktonderzoek", text: "uw gegevens gebruiken voor marktonderzoek;", legalBasis: "consent" });
  (policy.introduction as { text: string }).text = `${policy.introduction.text.trimEnd()} Deze zin is nieuw.`;
  return stringify(policy);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "pn-diff-"));
  original = await readFile(subjectFile(), "utf8");
  await writeFile(join(dir, "oud.yaml"), original);
  await writeFile(join(dir, "nieuw.yaml"), changedText());
  const editorialOnly = parse(original) as Policy;
  (editorialOnly as { lastUpdated?: string }).lastUpdated = "2031-12-31";
  await writeFile(join(dir, "datum.yaml"), stringify(editorialOnly));
  await writeFile(join(dir, "kapot.yaml"), original.replace(/^format: 1$/m, "format: 2"));
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("privacy-notice diff", () => {
  it("writes a Dutch change list with material and editorial sections and exits 0", async () => {
    const result = await cli(["diff", "oud.yaml", "nieuw.yaml"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("## Wat is er gewijzigd");
    const material = lines.indexOf("### Wezenlijke wijzigingen");
    const editorial = lines.indexOf("### Redactionele wijzigingen");
    expect(material).toBeGreaterThan(0);
    expect(editorial).toBeGreaterThan(material);
    const materialBullets = lines.slice(material, editorial).filter((line) => line.startsWith("- "));
    const editorialBullets = lines.slice(editorial).filter((line) => line.startsWith("- "));
    expect(materialBullets).toEqual([expect.stringContaining("Nieuw doel")]);
    expect(materialBullets[0]).toContain("marktonderzoek");
    expect(editorialBullets).toEqual([expect.stringContaining("Tekst gewijzigd in inleiding")]);
  });

  it("writes English with --lang en", async () => {
    const result = await cli(["diff", "oud.yaml", "nieuw.yaml", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## What has changed\n/);
    expect(result.stdout).toContain("### Material changes");
    expect(result.stdout).toContain("- New purpose");
    expect(result.stdout).toContain("### Editorial changes");
  });

  it("writes the documented JSON shape, the same bytes on every run", async () => {
    const first = await cli(["diff", "oud.yaml", "nieuw.yaml", "--format", "json"], dir);
    const second = await cli(["diff", "oud.yaml", "nieuw.yaml", "--format", "json"], dir);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout) as {
      schemaVersion: number;
      old: { label: string; id: string };
      new: { label: string };
      counts: { material: number; editorial: number; total: number };
      changes: Record<string, unknown>[];
    };
    expect(report.schemaVersion).toBe(1);
    expect(report.old.label).toBe("oud.yaml");
    expect(report.new.label).toBe("nieuw.yaml");
    expect(report.counts).toEqual({ material: 1, editorial: 1, total: 2 });
    for (const change of report.changes) {
      expect(Object.keys(change)).toEqual(["kind", "classification", "path", "pathIn", "before", "after", "summary", "reason"]);
      expect(change["summary"]).toEqual({ nl: expect.any(String), en: expect.any(String) });
    }
    expect(report.changes.map((change) => change["kind"])).toEqual(["wording-changed", "purpose-added"]);
  });

  it("exits 1 with --fail-on material when a change is material", async () => {
    expect((await cli(["diff", "oud.yaml", "nieuw.yaml", "--fail-on", "material"], dir)).code).toBe(1);
  });

  it("exits 0 with --fail-on material when every change is editorial", async () => {
    const result = await cli(["diff", "oud.yaml", "datum.yaml", "--fail-on", "material"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Geen wezenlijke wijzigingen.");
  });

  it("exits 1 with --fail-on any on any change, and 0 when nothing changed", async () => {
    expect((await cli(["diff", "oud.yaml", "datum.yaml", "--fail-on", "any"], dir)).code).toBe(1);
    const same = await cli(["diff", "oud.yaml", "oud.yaml", "--fail-on", "any"], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("Geen wezenlijke wijzigingen.");
    expect(same.stdout).toContain("Geen redactionele wijzigingen.");
  });

  it("reports schema errors of a side and exits 1 without a change list", async () => {
    const result = await cli(["diff", "oud.yaml", "kapot.yaml"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("kapot.yaml");
    expect(result.stderr).toContain("schema/");
  });

  it("exits 2 when a side does not exist", async () => {
    const result = await cli(["diff", "oud.yaml", "bestaat-niet.yaml"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bestaat-niet.yaml");
  });

  it("exits 2 on an unknown --fail-on level", async () => {
    expect((await cli(["diff", "oud.yaml", "nieuw.yaml", "--fail-on", "sometimes"], dir)).code).toBe(2);
  });
});

describe("privacy-notice diff with git:<rev>:<path>", () => {
  let repo: string;

  beforeAll(async () => {
    repo = join(dir, "repo");
    await mkdir(join(repo, "policy"), { recursive: true });
    await run("git", ["init", "--quiet"], repo);
    await run("git", ["config", "user.email", "test@example.com"], repo);
    await run("git", ["config", "user.name", "Test"], repo);
    await run("git", ["config", "commit.gpgsign", "false"], repo);
    await writeFile(join(repo, "policy/melding.yaml"), original);
    await run("git", ["add", "."], repo);
    await run("git", ["commit", "--quiet", "-m", "v1"], repo);
    await writeFile(join(repo, "policy/melding.yaml"), changedText());
    await run("git", ["commit", "--quiet", "-am", "v2"], repo);
  }, 60_000);

  it("compares a committed revision with another revision", async () => {
    const result = await cli(["diff", "git:HEAD~1:policy/melding.yaml", "git:HEAD:policy/melding.yaml", "--format", "json"], repo);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { old: { label: string }; counts: { material: number } };
    expect(report.old.label).toBe("git:HEAD~1:policy/melding.yaml");
    expect(report.counts.material).toBe(1);
  });

  it("compares a committed revision with the working file", async () => {
    const result = await cli(["diff", "git:HEAD~1:policy/melding.yaml", "policy/melding.yaml", "--fail-on", "material"], repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Nieuw doel");
  });

  it("exits 2 for a revision or path git does not have", async () => {
    const badRev = await cli(["diff", "git:geen-tak:policy/melding.yaml", "policy/melding.yaml"], repo);
    expect(badRev.code).toBe(2);
    expect(badRev.stderr).toContain("git:geen-tak:policy/melding.yaml");
    expect((await cli(["diff", "git:HEAD:policy/anders.yaml", "policy/melding.yaml"], repo)).code).toBe(2);
  });

  it("exits 2 for a git reference without a path", async () => {
    const result = await cli(["diff", "git:HEAD", "policy/melding.yaml"], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("git:<revisie>:<pad>");
  });
});
