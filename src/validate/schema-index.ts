/**
 * Reads the policy schema to explain problems: which fields are allowed where, what a field means
 * (its bilingual description), which codes an enum allows. ajv's own schema paths are relative to
 * whichever compiled function reported them, so this walks the schema along the *data* path instead,
 * choosing `anyOf` alternatives the same way the error messages do.
 */
import { readFileSync } from "node:fs";
import type { LocalizedText, PolicyPath } from "../diagnostics/index.js";

/** The parts of a JSON Schema node this stage reads. */
export interface SchemaNode {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly propertyNames?: SchemaNode;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly enumDescriptions?: readonly string[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly format?: string;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** A schema node with its `$ref`s followed, where it lives, and the description that applies. */
export interface SchemaView {
  readonly node: SchemaNode;
  /** JSON Pointer of `node` in the schema ("" for the root). */
  readonly pointer: string;
  readonly description: LocalizedText | undefined;
}

const schemaUrl = new URL("../../schema/policy.schema.json", import.meta.url);
let rootSchema: SchemaNode | undefined;

/** The policy schema, read on first use (only when there is a problem to explain). */
export function policySchema(): SchemaNode {
  rootSchema ??= JSON.parse(readFileSync(schemaUrl, "utf8")) as SchemaNode;
  return rootSchema;
}

/** Splits a schema description of the form `NL: …\n\nEN: …` into its two languages. */
export function localizedDescription(text: string | undefined): LocalizedText | undefined {
  if (text === undefined) return undefined;
  const match = /^NL:\s*([\s\S]*?)\s*EN:\s*([\s\S]*)$/.exec(text);
  if (!match) return { nl: text.trim(), en: text.trim() };
  return { nl: (match[1] ?? "").trim(), en: (match[2] ?? "").trim() };
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Follows a `#/…` JSON Pointer inside the policy schema. */
function nodeAt(pointer: string): SchemaNode | undefined {
  let node: unknown = policySchema();
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === "object" && node !== null ? (node as SchemaNode) : undefined;
}

const escapeSegment = (segment: string | number): string => String(segment).replaceAll("~", "~0").replaceAll("/", "~1");

/** A view of the node at `pointer`, with `$ref`s followed; the first description met wins (the use site's). */
export function viewAt(pointer: string, node: SchemaNode | undefined = nodeAt(pointer)): SchemaView | undefined {
  let current = node;
  let currentPointer = pointer;
  let description = localizedDescription(current?.description);
  for (let hops = 0; current?.$ref !== undefined && hops < 20; hops++) {
    if (!current.$ref.startsWith("#")) return undefined;
    currentPointer = current.$ref.slice(1);
    current = nodeAt(currentPointer);
    description ??= localizedDescription(current?.description);
  }
  return current === undefined ? undefined : { node: current, pointer: currentPointer, description };
}

/** The JSON type name of a value, as JSON Schema's `type` uses them. */
export function jsonType(value: unknown): "null" | "boolean" | "integer" | "number" | "string" | "array" | "object" {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean" || typeof value === "string") return typeof value as "boolean" | "string";
  return "object";
}

/** Whether a value has one of the types a schema node allows (nodes without `type` allow anything). */
export function typeFits(view: SchemaView, value: unknown): boolean {
  const { type, anyOf } = view.node;
  if (type === undefined) {
    if (!anyOf) return true;
    return anyOf.some((branch, index) => {
      const branchView = viewAt(`${view.pointer}/anyOf/${index}`, branch);
      return branchView !== undefined && typeFits(branchView, value);
    });
  }
  const actual = jsonType(value);
  const allowed = typeof type === "string" ? [type] : type;
  return allowed.includes(actual) || (actual === "integer" && allowed.includes("number"));
}

/** An `anyOf` alternative that only lists keys that must be present (`anyOf: [{required: [a]}, …]`). */
export function isRequiredOnly(node: SchemaNode): boolean {
  return Object.keys(node).every((key) => key === "required");
}

/** Whether an `anyOf` view offers the explicit "not applicable" alternative. */
export function isNotApplicableView(view: SchemaView): boolean {
  return view.pointer === "/$defs/notApplicable";
}

/**
 * The alternative of an `anyOf` the data most plausibly meant: first the ones whose type fits,
 * then, for objects, the one that knows most of the data's keys (so `notApplicable: …` picks the
 * "not applicable" alternative and anything else the full object). Ties go to the first alternative.
 */
export function chooseBranch(anyOfView: SchemaView, value: unknown): number | undefined {
  const branches = anyOfView.node.anyOf ?? [];
  let best: number | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  branches.forEach((branch, index) => {
    const view = viewAt(`${anyOfView.pointer}/anyOf/${index}`, branch);
    if (!view || !typeFits(view, value)) return;
    let score = 0;
    if (jsonType(value) === "object" && view.node.properties) {
      for (const key of Object.keys(value as object)) score += own(view.node.properties, key) ? 1 : -1;
      // Writing `notApplicable` is a deliberate choice; it wins a tie with the full alternative.
      if (isNotApplicableView(view) && Object.hasOwn(value as object, "notApplicable")) score += 0.5;
    }
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** When a view is an `anyOf` of real alternatives, the alternative the value most plausibly meant. */
export function settle(view: SchemaView, value: unknown): SchemaView {
  const { anyOf } = view.node;
  if (!anyOf || anyOf.every(isRequiredOnly)) return view;
  const index = chooseBranch(view, value);
  if (index === undefined) return view;
  const branch = viewAt(`${view.pointer}/anyOf/${index}`, anyOf[index]);
  return branch ? { ...branch, description: branch.description ?? view.description } : view;
}

/** The schema of one child (object property or array item) of a settled view. */
export function childView(view: SchemaView, segment: string | number): SchemaView | undefined {
  const { node, pointer } = view;
  if (typeof segment === "number") {
    return node.items ? viewAt(`${pointer}/items`, node.items) : undefined;
  }
  const property = own(node.properties, segment);
  if (property) return viewAt(`${pointer}/properties/${escapeSegment(segment)}`, property);
  if (typeof node.additionalProperties === "object") {
    return viewAt(`${pointer}/additionalProperties`, node.additionalProperties);
  }
  return undefined;
}

/** The value at a path in the data, reading own properties only (never the prototype chain). */
export function valueAt(data: unknown, path: PolicyPath): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    if (Array.isArray(value)) {
      value = typeof segment === "number" ? value[segment] : undefined;
    } else {
      value = Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[String(segment)] : undefined;
    }
  }
  return value;
}

/**
 * The schema that applies at a data path, or undefined where the schema has nothing to say.
 * The result is not settled: at an `anyOf` it is the `anyOf` itself.
 */
export function schemaAt(data: unknown, path: PolicyPath): SchemaView | undefined {
  let view = viewAt("", policySchema());
  for (let depth = 0; view && depth < path.length; depth++) {
    const segment = path[depth] as string | number;
    view = childView(settle(view, valueAt(data, path.slice(0, depth))), segment);
  }
  return view;
}

/** The property names an object schema allows, in schema order. */
export function propertyNames(view: SchemaView | undefined): string[] {
  return Object.keys(view?.node.properties ?? {});
}

/** The description of a property of an object schema (the use site's, else the definition's). */
export function propertyDescription(view: SchemaView | undefined, property: string): LocalizedText | undefined {
  if (!view) return undefined;
  return childView(view, property)?.description;
}

/** The description of an enum value, from the schema's `enumDescriptions`. */
export function enumValueDescription(view: SchemaView | undefined, value: unknown): LocalizedText | undefined {
  const index = view?.node.enum?.indexOf(value) ?? -1;
  return index < 0 ? undefined : localizedDescription(view?.node.enumDescriptions?.[index]);
}
