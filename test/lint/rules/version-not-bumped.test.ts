import { describe, expect, it } from "vitest";
import rule from "../../../src/lint/rules/version-not-bumped.js";
import { runRule, testRule } from "../rule-tester.js";

const previous = `title: Privacyverklaring van Fietsapp
`;

testRule(rule, {
  valid: [
    { name: "the same content with the same version", yaml: "{}", previous: "{}" },
    { name: "changed content with a new version and date", yaml: `title: Nieuw\nversion: "2"\nlastUpdated: 2025-07-01\n`, previous },
    { name: "only the key order differs", yaml: `controller:\n  legalName: Fietsapp B.V.\n  name: Fietsapp\n`, previous: "{}" },
    { name: "only the version members changed", yaml: `version: "9"\nlastUpdated: 2026-01-01\n`, previous: "{}" },
  ],
  invalid: [
    {
      name: "changed content, same version and date",
      yaml: "{}",
      previous,
      errors: [{ messageId: "versionSame", path: ["version"] }, { messageId: "lastUpdatedSame", path: ["lastUpdated"] }],
    },
    {
      name: "changed content, version raised but the date kept",
      yaml: `version: "2025-06-01"\n`,
      previous,
      errors: [{ messageId: "lastUpdatedSame", path: ["lastUpdated"] }],
    },
    {
      name: "changed content without version, same date",
      yaml: "version: null\n",
      previous: `version: null\ntitle: Anders\n`,
      errors: [{ messageId: "lastUpdatedSame", path: ["lastUpdated"] }],
    },
  ],
});

describe("rule version-not-bumped without a previous version", () => {
  it("is silent, whatever the policy says", () => {
    expect(runRule(rule, rule.meta.examples.incorrect)).toEqual([]);
  });
});

describe("privacy-notice lint --previous", () => {
  it("feeds the previous version to the rule: exit 1 with it, 0 without it", async () => {
    const [{ mkdtemp, rm, writeFile }, { tmpdir }, { join }, { stringify }, { examplePolicy }, { main }] = await Promise.all([
      import("node:fs/promises"),
      import("node:os"),
      import("node:path"),
      import("yaml"),
      import("../../../src/lint/examples/merge.js"),
      import("../../../src/cli/main.js"),
    ]);
    const dir = await mkdtemp(join(tmpdir(), "pn-version-not-bumped-"));
    const write = process.stdout.write;
    try {
      const current = join(dir, "nu.yaml");
      const before = join(dir, "vorige.yaml");
      await writeFile(current, stringify(examplePolicy(rule.meta.examples.incorrect)));
      await writeFile(before, stringify(examplePolicy(rule.meta.examples.previous ?? "{}")));
      let output = "";
      process.stdout.write = ((chunk: string | Uint8Array) => ((output += String(chunk)), true)) as typeof process.stdout.write;
      expect(await main(["lint", current, "--format", "json"])).toBe(0);
      expect(await main(["lint", current, "--previous", before, "--format", "json"])).toBe(1);
      expect(output).toContain("version-not-bumped");
    } finally {
      process.stdout.write = write;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
