/**
 * What validating loads, in a fresh process running the compiled lib/: the schema was compiled at
 * build time, so ajv's compiler never loads; remark loads only for texts that could hold HTML or links.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Validates `yaml` in a fresh Node process; returns the package files it loaded through require. */
function loadedWhileValidating(yaml: string): string[] {
  const script = `
    import { createRequire } from "node:module";
    const { parsePolicyText } = await import("./lib/load/index.js");
    const { validatePolicy } = await import("./lib/validate/index.js");
    const result = validatePolicy(parsePolicyText("policy.yaml", ${JSON.stringify(yaml)}));
    const loaded = Object.keys(createRequire(import.meta.url).cache).map((file) => file.split("node_modules/").pop());
    process.stdout.write(JSON.stringify({ diagnostics: result.diagnostics.length, loaded }));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 30_000 });
  expect(result.stderr).toBe("");
  const output = JSON.parse(result.stdout) as { diagnostics: number; loaded: string[] };
  return output.loaded;
}

const policy = `format: 1
id: voorbeeld
language: nl
title: Privacyverklaring
controller:
  name: Voorbeeld B.V.
introduction:
  text: Wij verwerken persoonsgegevens zorgvuldig.
chapters:
  - id: klant
    title: U bent klant
`;

describe("what validation loads", () => {
  it("uses the precompiled validator and ajv's small runtime, never ajv's compiler", () => {
    const loaded = loadedWhileValidating(`${policy}kleur: blauw\n`);
    expect(loaded).toContain("ajv/dist/runtime/equal.js");
    expect(loaded.filter((file) => /^ajv\/dist\/(core|ajv|2020|compile\/|vocabularies\/)/.test(file))).toEqual([]);
  });

  it("does not load remark when no text contains `<` or `[`", () => {
    expect(loadedWhileValidating(policy).filter((file) => /^(unified|remark-|micromark)/.test(file))).toEqual([]);
  });

  it("loads remark to read a text with a link", () => {
    const withLink = policy.replace("zorgvuldig.", "zorgvuldig, zie [ons beleid](https://example.com).");
    expect(loadedWhileValidating(withLink).filter((file) => /^(unified|remark-parse|remark-gfm)\//.test(file)).length).toBe(3);
  });
});
