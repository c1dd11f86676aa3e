// Compiles schema/policy.schema.json once, at build time, into standalone validator code
// (lib/validate/policy-validator.js), so `privacy-notice validate` never loads ajv's compiler.
// Besides the whole-policy validator it exports one validator per `anyOf` alternative: when an
// `anyOf` fails, the validate stage re-checks the data against the alternative that fits best and
// reports only that alternative's problems instead of every branch's noise.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import standaloneModule from "ajv/dist/standalone/index.js";

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standaloneCode = standaloneModule.default ?? standaloneModule;

const schemaUrl = new URL("../schema/policy.schema.json", import.meta.url);
const outDir = new URL("../lib/validate/", import.meta.url);
const schema = JSON.parse(await readFile(schemaUrl, "utf8"));

/** Keywords that only explain (editors show them); validation never reads them. */
const annotations = new Set(["title", "description", "enumDescriptions", "markdownEnumDescriptions", "$comment", "examples", "contentMediaType"]);
const schemaMaps = new Set(["properties", "$defs", "patternProperties", "dependentSchemas"]);
const schemaLists = new Set(["anyOf", "allOf", "oneOf", "prefixItems"]);
const schemaValues = new Set(["items", "additionalProperties", "propertyNames", "not", "if", "then", "else", "contains", "unevaluatedProperties", "unevaluatedItems"]);

/**
 * The schema without its annotations. ajv embeds the schema objects it needs in the generated
 * code, descriptions and all; dropping what validation never reads makes the module (and every
 * CLI start) markedly smaller. Only schema keywords are dropped, never property names such as `title`.
 */
function withoutAnnotations(node) {
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (annotations.has(key)) continue;
    if (schemaMaps.has(key)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]));
    else if (schemaLists.has(key)) out[key] = value.map(withoutAnnotations);
    else if (schemaValues.has(key) && typeof value === "object" && value !== null) out[key] = withoutAnnotations(value);
    else out[key] = value;
  }
  return out;
}

/** The ajv options the policy is validated with; the runtime only sees their compiled result. */
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  // One function per definition instead of a copy at every use: a third of the code, same checks.
  inlineRefs: false,
  // The validate stage writes its own messages; ajv's English ones would only make the code bigger.
  messages: false,
  code: { source: true, esm: true, lines: true },
});
addFormats(ajv);
// Editor annotations (VS Code / yaml-language-server show them); they do not constrain values.
ajv.addVocabulary(["enumDescriptions", "markdownEnumDescriptions"]);
// Compile the full schema first: strict mode then checks the annotations too (unknown keywords).
ajv.compile(schema);
ajv.removeSchema(schema.$id);
ajv.addSchema(withoutAnnotations(schema));

/** JSON Pointer segment escaping (RFC 6901). */
const escape = (segment) => String(segment).replaceAll("~", "~0").replaceAll("/", "~1");

/** Every `anyOf` in the schema, by JSON Pointer, with its alternatives. */
function findAnyOfs(node, pointer, found) {
  if (Array.isArray(node)) {
    node.forEach((item, index) => findAnyOfs(item, `${pointer}/${index}`, found));
  } else if (node !== null && typeof node === "object") {
    if (Array.isArray(node.anyOf)) found.push({ pointer: `${pointer}/anyOf`, branches: node.anyOf });
    for (const [key, value] of Object.entries(node)) findAnyOfs(value, `${pointer}/${escape(key)}`, found);
  }
  return found;
}

/** An alternative that only says which keys must be present needs no validator of its own. */
const requiredOnly = (branch) => Object.keys(branch).every((key) => key === "required");

const refs = { policy: schema.$id };
const branchTable = [];
let count = 0;
for (const { pointer, branches } of findAnyOfs(schema, "", [])) {
  const names = branches.map((branch, index) => {
    if (requiredOnly(branch)) return null;
    const name = `branch${count++}`;
    refs[name] = `${schema.$id}#${pointer}/${index}`;
    return name;
  });
  branchTable.push(`  ${JSON.stringify(pointer)}: [${names.map((name) => name ?? "null").join(", ")}],`);
}

const header = [
  "// Generated from schema/policy.schema.json by scripts/compile-validators.mjs. Do not edit.",
  // ajv's standalone code loads its small runtime helpers (formats, equal, ucs2length) with require().
  'import { createRequire } from "node:module";',
  "const require = createRequire(import.meta.url);",
].join("\n");
const body = standaloneCode(ajv, refs).replace(/^"use strict";/, "");
const table = `export const anyOfBranches = {\n${branchTable.join("\n")}\n};\n`;

const declarations = `// Generated by scripts/compile-validators.mjs. Do not edit.
/** One ajv error, as the compiled validators report them. */
export interface CompiledError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly propertyName?: string;
  readonly message?: string;
}
/** A compiled validator: returns whether the data is valid and leaves the errors on \`errors\`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly CompiledError[] | null;
}
/** Validates a whole policy against schema/policy.schema.json. */
export declare const policy: CompiledValidator;
/** Per \`anyOf\` (by JSON Pointer into the schema): a validator per alternative, null for required-only ones. */
export declare const anyOfBranches: Readonly<Record<string, readonly (CompiledValidator | null)[]>>;
`;

await mkdir(outDir, { recursive: true });
await writeFile(new URL("policy-validator.js", outDir), `${header}\n${body}\n${table}`);
await writeFile(new URL("policy-validator.d.ts", outDir), declarations);
