import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { withReadmeRulesTable } from "../../scripts/generate-rule-docs.mjs";
import { loadAllRules } from "../../src/lint/engine.js";

const readmeUrl = new URL("../../README.md", import.meta.url);

describe("README", () => {
  it("has a rules table that matches the rule catalogue (run `npm run docs` when it does not)", async () => {
    const readme = await readFile(readmeUrl, "utf8");
    const metas = (await loadAllRules()).map((rule) => rule.meta);
    expect(readme).toBe(withReadmeRulesTable(readme, metas));
    for (const meta of metas) expect(readme).toContain(`[\`${meta.id}\`](docs/rules/${meta.id}.md)`);
  });

  it("shows the two set-up commands and the test command", async () => {
    const readme = await readFile(readmeUrl, "utf8");
    expect(readme).toContain("npm ci && npm run build");
    expect(readme).toMatch(/^npm test\b/m);
  });
});
