/**
 * The schema itself: every field and every code is explained in Dutch and English (editors show
 * these texts on hover and the validator quotes them), the example policies validate clean, and
 * the generated types match the schema.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadPolicyFile } from "../../src/load/index.js";
import { validatePolicy } from "../../src/validate/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

interface Node {
  readonly [key: string]: unknown;
}

const schema = JSON.parse(readFileSync(join(root, "schema/policy.schema.json"), "utf8")) as Node;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows local `$ref`s, so a property that only refers to a definition is judged by the definition's text. */
function resolve(node: Node): Node {
  let current = node;
  for (let hops = 0; typeof current.$ref === "string" && hops < 20; hops++) {
    const target = current.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>((at, key) => (isNode(at) ? at[key] : undefined), schema);
    if (!isNode(target)) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

const bilingual = (text: unknown): boolean => typeof text === "string" && /^NL: \S/.test(text) && /\n\nEN: \S/.test(text);

interface Finding {
  readonly properties: string[];
  readonly enums: string[];
}

function walk(node: unknown, pointer: string, found: Finding): Finding {
  if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${pointer}/${index}`, found));
  if (!isNode(node)) return found;
  if (isNode(node.properties)) {
    for (const [name, property] of Object.entries(node.properties)) {
      if (!isNode(property)) continue;
      const description = property.description ?? resolve(property).description;
      if (!bilingual(description)) found.properties.push(`${pointer}/properties/${name}`);
    }
  }
  if (Array.isArray(node.enum)) {
    const descriptions = node.enumDescriptions;
    node.enum.forEach((value, index) => {
      const text = Array.isArray(descriptions) ? descriptions[index] : undefined;
      if (!bilingual(text)) found.enums.push(`${pointer}/enum/${index} (${String(value)})`);
    });
    if (Array.isArray(descriptions) && descriptions.length !== node.enum.length) found.enums.push(`${pointer}/enumDescriptions (length)`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== "enum" && key !== "enumDescriptions" && key !== "markdownEnumDescriptions") walk(value, `${pointer}/${key}`, found);
  }
  return found;
}

describe("the policy schema", () => {
  const found = walk(schema, "#", { properties: [], enums: [] });

  it("describes every property in Dutch (NL:) and English (EN:)", () => {
    expect(found.properties).toEqual([]);
  });

  it("describes every enum value in Dutch and English", () => {
    expect(found.enums).toEqual([]);
  });

  it("is what the walk above actually reads (it finds properties and enums to check)", () => {
    const count = JSON.stringify(schema).match(/"enumDescriptions"/g)?.length ?? 0;
    expect(count).toBeGreaterThan(10);
    expect(walk({ properties: { a: { type: "string" } }, enum: [1] }, "#", { properties: [], enums: [] })).toEqual({
      properties: ["#/properties/a"],
      enums: ["#/enum/0 (1)"],
    });
  });

  const policies = [
    "src/lint/examples/base.yaml",
    "policy/coface-nl.yaml",
    ...(existsSync(join(root, "test/fixtures/policies"))
      ? readdirSync(join(root, "test/fixtures/policies"))
          .filter((name) => name.endsWith(".yaml"))
          .sort()
          .map((name) => `test/fixtures/policies/${name}`)
      : []),
  ].filter((file) => existsSync(join(root, file)));

  it.each(policies)("accepts %s without any diagnostic", async (file) => {
    const result = validatePolicy(await loadPolicyFile(join(root, file)));
    expect(result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message.en}`)).toEqual([]);
    expect(result.policy).toBeDefined();
  });

  it("has generated types that are up to date (scripts/generate-types.mjs --check)", () => {
    const result = spawnSync(process.execPath, ["scripts/generate-types.mjs", "--check"], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
