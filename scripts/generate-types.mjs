// Derives the policy's TypeScript types from the JSON Schema, the single source of truth.
// Run by `npm run compile`; `--check` fails when the committed file is stale.
import { readFile, writeFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";

const schemaUrl = new URL("../schema/policy.schema.json", import.meta.url);
const outUrl = new URL("../src/model/policy.generated.ts", import.meta.url);
const schema = JSON.parse(await readFile(schemaUrl, "utf8"));

// `anyOf: [{ required: [...] }, …]` only says which optional keys must co-occur; it adds no shape,
// but json-schema-to-typescript would turn it into an index signature. Drop it for typing only.
function withoutRequiredOnlyAnyOf(node) {
  if (Array.isArray(node)) return node.map(withoutRequiredOnlyAnyOf);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    const requiredOnly =
      key === "anyOf" && value.every((branch) => Object.keys(branch).every((k) => k === "required"));
    if (!requiredOnly) out[key] = withoutRequiredOnlyAnyOf(value);
  }
  return out;
}

const banner = "/* Generated from schema/policy.schema.json by scripts/generate-types.mjs. Do not edit. */";
const source = await compile(withoutRequiredOnlyAnyOf(schema), "Policy", {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  format: true,
  style: { singleQuote: false, printWidth: 110 },
});

const current = await readFile(outUrl, "utf8").catch(() => "");
if (process.argv.includes("--check")) {
  if (current !== source) {
    console.error("src/model/policy.generated.ts is out of date: run `npm run compile`.");
    process.exit(1);
  }
} else if (current !== source) {
  await writeFile(outUrl, source);
}
