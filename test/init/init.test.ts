/**
 * `privacy-notice init`: the new policy validates with zero errors, is already formatted, and its
 * lint findings are a to-do list (every finding comes from a lint rule, none from YAML or the schema).
 * It never overwrites a file, and on a terminal it asks a few questions.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatPolicyText } from "../../src/format-policy/index.js";
import { renderPolicy, slugify } from "../../src/init/index.js";
import { askQuestions } from "../../src/init/questions.js";
import { lintPolicy } from "../../src/lint/engine.js";
import { parsePolicyText } from "../../src/load/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import { cli } from "../diff/support.js";

async function check(file: string, text: string) {
  const loaded = parsePolicyText(file, text);
  const validation = validatePolicy(loaded);
  const findings = validation.policy ? await lintPolicy({ loaded, policy: validation.policy }) : [];
  return { validation, findings };
}

describe.each([
  ["nl", ["klant", "websitebezoeker"]],
  ["en", ["customer", "volunteer"]],
] as const)("the %s template", (language, chapters) => {
  const text = renderPolicy({ id: `voorbeeld-${language}`, controller: "Voorbeeld: Zorg & Co B.V.", language, chapters, dir: "policy" });

  it("validates with zero errors", async () => {
    const { validation } = await check("nieuw.yaml", text);
    expect(validation.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(validation.policy).toBeDefined();
  });

  it("lints to a to-do list: findings, all from rules", async () => {
    const { findings } = await check("nieuw.yaml", text);
    expect(findings.length).toBeGreaterThan(5);
    expect(new Set(findings.map((finding) => finding.source))).toEqual(new Set(["rule"]));
    const rules = new Set(findings.map((finding) => finding.ruleId));
    // What a new notice must still say: contact details, purposes, retention, rights, transfers.
    for (const rule of ["controller-contact", "purpose-stated", "retention-stated", "right-access", "transfer-disclosed"]) expect(rules).toContain(rule);
  });

  it("is already in the canonical layout", () => {
    expect(formatPolicyText(text)).toBe(text);
  });

  it("has a comment in the policy's language above every field it writes", () => {
    const lines = text.split("\n");
    lines.forEach((line, index) => {
      if (/^\s*(- )?[a-z][a-zA-Z]*:( |$)/.test(line) && !/^\s*(format|text):/.test(line)) {
        const above = lines[index - 1] ?? "";
        expect(above.trim().startsWith("#") || /^\s*(- )?id:/.test(line), `no comment above: ${line}`).toBe(true);
      }
    });
    expect(text).toContain(language === "nl" ? "# Versie van dit formaat" : "# Version of this format");
    expect(text).toContain("notApplicable:");
  });

  it("has one chapter per given key", async () => {
    const { validation } = await check("nieuw.yaml", text);
    expect(validation.policy?.chapters.map((chapter) => chapter.id)).toEqual(chapters);
  });
});

describe("init's checks", () => {
  it("refuses keys the schema would refuse", () => {
    expect(() => renderPolicy({ id: "Hoofd Letters", controller: "X", language: "nl", chapters: ["klant"] })).toThrow(/not a valid key/);
    expect(() => renderPolicy({ id: "ok", controller: "X", language: "nl", chapters: ["klant", "klant"] })).toThrow(/given twice/);
  });

  it("makes keys from names", () => {
    expect(slugify("Fietsapp B.V.")).toBe("fietsapp-b-v");
    expect(slugify("Café Één")).toBe("cafe-een");
  });
});

describe("the questions on a terminal", () => {
  it("asks for what was not given and takes the defaults on Enter", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const answers = ["Fietsapp B.V.", "en", "", ""];
    let asked = "";
    // Answer each question when it appears, as a person would.
    output.on("data", (chunk: Buffer) => {
      asked += chunk.toString();
      if (asked.endsWith("] ")) input.write(`${answers.shift() ?? ""}\n`);
    });
    const result = await askQuestions({ controller: undefined, language: undefined, chapters: undefined, id: undefined }, "nl", (name, language) => `${slugify(name)}-${language}`, { input, output });
    expect(result).toEqual({ controller: "Fietsapp B.V.", language: "en", chapters: ["customer", "website-visitor"], id: "fietsapp-b-v-en" });
    expect(asked).toContain("Naam van de organisatie");
  });

  it("asks nothing that the command line gave", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let asked = "";
    output.on("data", (chunk: Buffer) => {
      asked += chunk.toString();
      if (asked.endsWith("] ")) input.write("\n");
    });
    const result = await askQuestions({ controller: "X", language: "nl", chapters: ["klant"], id: "x" }, "nl", () => "y", { input, output });
    expect(result).toEqual({ controller: "X", language: "nl", chapters: ["klant"], id: "x" });
    expect(asked).toBe("");
  });
});

describe("privacy-notice init", () => {
  let dir: string;

  beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "pn-init-"));
  }, 180_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes policy/<id>.yaml with --yes, which validates and lints to a to-do list", async () => {
    const result = await cli(["init", "--yes", "--controller", "Fietsapp B.V.", "--chapters", "klant,websitebezoeker"], dir);
    expect(result.code).toBe(0);
    const file = join(dir, "policy/fietsapp-b-v-nl.yaml");
    expect(result.stdout).toContain("policy/fietsapp-b-v-nl.yaml");
    const validate = await cli(["validate", "policy/fietsapp-b-v-nl.yaml"], dir);
    expect(validate.code).toBe(0);
    const { findings } = await check(file, await readFile(file, "utf8"));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.source === "rule" && ["error", "warning"].includes(finding.severity))).toBe(true);
    expect((await cli(["fmt", "--check", "policy/fietsapp-b-v-nl.yaml"], dir)).code).toBe(0);
  });

  it("never overwrites an existing file (exit 2)", async () => {
    const file = join(dir, "policy/bestaand.yaml");
    await mkdir(join(dir, "policy"), { recursive: true });
    await writeFile(file, "# van de redacteur\n");
    const before = await stat(file);
    const result = await cli(["init", "bestaand", "--yes"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("bestaat al");
    expect(await readFile(file, "utf8")).toBe("# van de redacteur\n");
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it("writes to --dir in --language en", async () => {
    const result = await cli(["init", "acme", "--yes", "--dir", "notices", "--language", "en", "--controller", "Acme Ltd"], dir);
    expect(result.code).toBe(0);
    const text = await readFile(join(dir, "notices/acme.yaml"), "utf8");
    expect(text).toContain("language: en\n");
    expect(text).toContain("  - id: customer\n");
    expect(text).toContain("# Version of this format; always 1.");
  });

  it("exits 2 for an invalid key", async () => {
    expect((await cli(["init", "Geen_Sleutel", "--yes"], dir)).code).toBe(2);
  });
});
