import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ToolError } from "../../src/diagnostics/index.js";
import {
  CONFIG_FILE_NAME,
  defaultConfig,
  findConfigFile,
  parseConfigText,
  resolveConfig,
  ruleSettingsFor,
  severityOf,
} from "../../src/lint/config.js";
import { closestMatch, editDistance } from "../../src/lint/suggest.js";

const known = ["consent-withdrawal", "purpose-legal-basis", "retention-rules"];

function configError(text: string): ToolError {
  try {
    parseConfigText("/repo/privacy-notice.config.yaml", text, known, "privacy-notice.config.yaml");
  } catch (error) {
    if (error instanceof ToolError) return error;
    throw error;
  }
  throw new Error("expected the configuration to be rejected");
}

describe("config search", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "pn-config-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("finds the nearest config file from a nested folder upward", async () => {
    const repo = join(root, "repo");
    await mkdir(join(repo, "policy", "nl"), { recursive: true });
    await writeFile(join(repo, CONFIG_FILE_NAME), "rules: {}\n");
    expect(await findConfigFile(join(repo, "policy", "nl"))).toBe(join(repo, CONFIG_FILE_NAME));
  });

  it("stops at a folder that holds .git, so a config above the repository never applies", async () => {
    const outer = join(root, "outer");
    const repo = join(outer, "repo");
    await mkdir(join(repo, ".git"), { recursive: true });
    await mkdir(join(repo, "policy"), { recursive: true });
    await writeFile(join(outer, CONFIG_FILE_NAME), "rules: {}\n");
    expect(await findConfigFile(join(repo, "policy"))).toBeUndefined();
    await writeFile(join(repo, CONFIG_FILE_NAME), "rules: {}\n");
    expect(await findConfigFile(join(repo, "policy"))).toBe(join(repo, CONFIG_FILE_NAME));
  });

  it("uses the defaults when no config file exists up to the filesystem root", async () => {
    const lonely = await mkdtemp(join(tmpdir(), "pn-noconfig-"));
    try {
      // tmpdir() itself has no config file and no .git, so the search runs to "/".
      expect(await resolveConfig({ cwd: lonely, knownRuleIds: known })).toEqual(defaultConfig);
    } finally {
      await rm(lonely, { recursive: true, force: true });
    }
  });

  it("reads --config relative to the working directory, and fails with exit-2 error when it is missing", async () => {
    await writeFile(join(root, "eigen.yaml"), "rules:\n  retention-rules: warn\n");
    const config = await resolveConfig({ cwd: root, configFile: "eigen.yaml", knownRuleIds: known });
    expect(config).toEqual({ file: join(root, "eigen.yaml"), rules: { "retention-rules": "warn" }, overrides: [] });
    const missing = await resolveConfig({ cwd: root, configFile: "weg.yaml", knownRuleIds: known }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ToolError);
    expect((missing as ToolError).code).toBe("file-not-found");
  });
});

describe("config parsing", () => {
  it("accepts off/warn/error and their numeric aliases 0/1/2", () => {
    const config = parseConfigText("/r/c.yaml", "rules:\n  consent-withdrawal: 0\n  purpose-legal-basis: 1\n  retention-rules: error\n", known);
    expect(config.rules).toEqual({ "consent-withdrawal": "off", "purpose-legal-basis": "warn", "retention-rules": "error" });
  });

  it("treats an empty file as the defaults", () => {
    expect(parseConfigText("/r/c.yaml", "# nog niets\n", known)).toEqual({ file: "/r/c.yaml", rules: {}, overrides: [] });
  });

  it("rejects an unknown rule id with file:line:column and a did-you-mean", () => {
    const error = configError("rules:\n  consent-withdrawl: off\n");
    expect(error.code).toBe("bad-config");
    expect(error.text.en).toContain('privacy-notice.config.yaml:2:3: Unknown rule "consent-withdrawl". Did you mean "consent-withdrawal"?');
    expect(error.text.nl).toContain('privacy-notice.config.yaml:2:3: Onbekende regel "consent-withdrawl". Bedoelt u "consent-withdrawal"?');
  });

  it("rejects an invalid severity at its value", () => {
    const error = configError("rules:\n  retention-rules: warning\n");
    expect(error.text.en).toContain('privacy-notice.config.yaml:2:20: Invalid severity for "retention-rules"');
  });

  it("reports every problem at once, unknown keys included", () => {
    const error = configError("regels: {}\noverrides:\n  - files: []\n    rules:\n      retention-rules: 3\n  - rules: {}\n");
    const lines = error.text.en.split("\n").slice(1);
    expect(lines).toEqual([
      expect.stringMatching(/^privacy-notice\.config\.yaml:1:1: Unknown key "regels"/),
      expect.stringMatching(/^privacy-notice\.config\.yaml:3:12: `files` must be a non-empty list/),
      expect.stringMatching(/^privacy-notice\.config\.yaml:5:24: Invalid severity/),
      expect.stringMatching(/^privacy-notice\.config\.yaml:6:5: This override lacks `files`/),
    ]);
  });

  it("reports YAML syntax errors with their position", () => {
    const error = configError("rules:\n  retention-rules: [off\n");
    expect(error.text.en).toMatch(/privacy-notice\.config\.yaml:\d+:\d+: YAML error/);
  });
});

describe("rule settings per file", () => {
  const config = parseConfigText(
    "/repo/privacy-notice.config.yaml",
    [
      "rules:",
      "  retention-rules: error",
      "overrides:",
      "  - files: [policy/**/*.yaml]",
      "    rules: { retention-rules: warn, consent-withdrawal: off }",
      "  - files: [policy/oud/*.yaml]",
      "    rules: { retention-rules: off }",
    ].join("\n"),
    known,
  );

  it("lets the last matching override win", async () => {
    const settings = await ruleSettingsFor(config, "policy/oud/a.yaml", "/repo");
    expect(Object.fromEntries(settings)).toEqual({ "retention-rules": "off", "consent-withdrawal": "off" });
  });

  it("matches globs relative to the config file, not the working directory", async () => {
    expect((await ruleSettingsFor(config, "a.yaml", "/repo/policy")).get("retention-rules")).toBe("warn");
    expect((await ruleSettingsFor(config, "/repo/andere/a.yaml", "/elders")).get("retention-rules")).toBe("error");
  });

  it("maps settings to severities, falling back to the rule's default", () => {
    expect(severityOf("off", "error")).toBeUndefined();
    expect(severityOf("warn", "error")).toBe("warning");
    expect(severityOf("error", "warning")).toBe("error");
    expect(severityOf(undefined, "warning")).toBe("warning");
  });
});

describe("schema/config.schema.json", () => {
  const schemaFile = new URL("../../schema/config.schema.json", import.meta.url);
  const examples: readonly { readonly yaml: string; readonly valid: boolean }[] = [
    { yaml: "rules:\n  retention-rules: warn\n  consent-withdrawal: 0\n", valid: true },
    { yaml: "overrides:\n  - files: [policy/*.yaml]\n    rules: { retention-rules: off }\n", valid: true },
    { yaml: "rules:\n  retention-rules: warning\n", valid: false },
    { yaml: "rules:\n  retention-rules: 3\n", valid: false },
    { yaml: "regels: {}\n", valid: false },
    { yaml: "overrides:\n  - files: []\n    rules: {}\n", valid: false },
    { yaml: "overrides:\n  - rules: {}\n", valid: false },
    { yaml: "overrides:\n  - files: [a.yaml]\n", valid: false },
    { yaml: "overrides: {}\n", valid: false },
  ];

  it("agrees with the built-in config check on valid and invalid files", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(JSON.parse(await readFile(schemaFile, "utf8")) as object);
    for (const example of examples) {
      const schemaSays = validate(parse(example.yaml));
      let checkSays = true;
      try {
        parseConfigText("/r/c.yaml", example.yaml, known);
      } catch {
        checkSays = false;
      }
      expect({ yaml: example.yaml, schema: schemaSays, check: checkSays }).toEqual({ yaml: example.yaml, schema: example.valid, check: example.valid });
    }
  });

  it("describes every property in Dutch and English", async () => {
    const schema = JSON.parse(await readFile(schemaFile, "utf8")) as unknown;
    const descriptions: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "description" && typeof value === "string") descriptions.push(value);
          else walk(value);
        }
      }
    };
    walk(schema);
    expect(descriptions.length).toBeGreaterThan(5);
    for (const description of descriptions) expect(description).toMatch(/^NL: .+\n\nEN: .+/s);
  });
});

describe("did-you-mean", () => {
  const ids = ["consent-withdrawal", "consent-withdrawal-how", "retention-rules"];
  it("suggests the closest id for a typo, the shortest completion for a cut-off id, and nothing for unrelated words", () => {
    expect(closestMatch("consent-withdrawl", ids)).toBe("consent-withdrawal");
    expect(closestMatch("retnetion-rules", ids)).toBe("retention-rules");
    expect(closestMatch("consent-with", ids)).toBe("consent-withdrawal");
    expect(closestMatch("bewaartermijn", ids)).toBeUndefined();
    expect(editDistance("ab", "ba")).toBe(1);
  });
});
