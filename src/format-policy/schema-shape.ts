/**
 * A read-only view of schema/policy.schema.json that follows a policy value down the schema: which
 * `$defs` a node comes from, the order of its properties, whether a string is Markdown or plain text,
 * and the plain-words labels of codes. `fmt` takes its key order from here and `diff` its field kinds,
 * so neither keeps a copy of the model.
 */
import { readFileSync } from "node:fs";
import type { Language } from "../diagnostics/index.js";

/** A JSON Schema object, as far as this module reads it. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** Where a policy node sits in the schema. */
export interface Shape {
  /** Every `$defs` name followed to reach this node, outermost first (e.g. `["recipientsSection", "notApplicable"]`). */
  readonly defs: readonly string[];
  /** The resolved schema (after `$ref` and, for values, the matching `anyOf` branch). */
  readonly schema: JsonSchema;
}

export type TextKind = "markdown" | "plain";

const schemaUrl = new URL("../../schema/policy.schema.json", import.meta.url);
let cached: PolicySchema | undefined;

export class PolicySchema {
  readonly #root: JsonSchema;
  readonly #defs: Readonly<Record<string, JsonSchema>>;

  constructor(root: JsonSchema) {
    this.#root = root;
    this.#defs = (root["$defs"] ?? {}) as Record<string, JsonSchema>;
  }

  /** The schema shipped with the package, read once. */
  static load(): PolicySchema {
    cached ??= new PolicySchema(JSON.parse(readFileSync(schemaUrl, "utf8")) as JsonSchema);
    return cached;
  }

  /** The shape of the whole policy. */
  get root(): Shape {
    return { defs: [], schema: this.#root };
  }

  /**
   * The shape of `value`'s child `key`, where `value` has shape `parent`. Returns undefined for keys
   * the schema does not know (the schema stage reports those).
   */
  child(parent: Shape, parentValue: unknown, key: string | number): Shape | undefined {
    const shape = this.forValue(parent, parentValue);
    const schema = shape.schema;
    let next: unknown;
    if (typeof key === "number") {
      next = schema["items"];
    } else {
      const properties = schema["properties"] as Record<string, unknown> | undefined;
      next = properties && Object.hasOwn(properties, key) ? properties[key] : schema["additionalProperties"];
    }
    if (typeof next !== "object" || next === null) return undefined;
    const childValue = childOf(parentValue, key);
    return this.forValue(this.#resolve(next as JsonSchema, []), childValue);
  }

  /** The shape at a path from the root, or undefined when the path leaves the schema. */
  at(value: unknown, path: readonly (string | number)[]): Shape | undefined {
    let shape: Shape | undefined = this.forValue(this.root, value);
    let current = value;
    for (const segment of path) {
      if (!shape) return undefined;
      shape = this.child(shape, current, segment);
      current = childOf(current, segment);
    }
    return shape;
  }

  /**
   * Narrows a shape with `anyOf` alternatives to the branch the value takes (an object or its
   * `notApplicable` form, a single code or a list). Branches that only list `required` keys are
   * constraints on the shape itself, not alternatives.
   */
  forValue(shape: Shape, value: unknown): Shape {
    const branches = shape.schema["anyOf"];
    if (!Array.isArray(branches) || shape.schema["properties"] || shape.schema["type"]) return shape;
    const candidates = (branches as JsonSchema[]).map((branch) => this.#resolve(branch, shape.defs));
    let best: Shape | undefined;
    let bestScore = -1;
    for (const candidate of candidates) {
      const score = fit(candidate.schema, value);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best ? this.forValue(best, value) : shape;
  }

  /** The declared property order of an object shape; undefined for key→value maps (ids maps keep their order). */
  propertyOrder(shape: Shape): readonly string[] | undefined {
    const properties = shape.schema["properties"];
    return properties && typeof properties === "object" ? Object.keys(properties) : undefined;
  }

  /** Whether a string at this shape is Markdown (published prose) or short plain text; undefined for codes. */
  textKind(shape: Shape): TextKind | undefined {
    const last = shape.defs.at(-1);
    if (last === "markdown" || shape.schema["contentMediaType"] === "text/markdown") return "markdown";
    if (last === "plainText" || last === "heading") return "plain";
    return undefined;
  }

  /** The plain-words label of a code of an enum definition, e.g. `legalBasis` `consent` → "Toestemming (art. 6 lid 1 sub a AVG)". */
  enumLabel(def: string, code: string, language: Language): string | undefined {
    const schema = this.#defs[def];
    const codes = schema?.["enum"];
    const descriptions = schema?.["enumDescriptions"];
    if (!Array.isArray(codes) || !Array.isArray(descriptions)) return undefined;
    const description = descriptions[codes.indexOf(code)];
    if (typeof description !== "string") return undefined;
    const match = new RegExp(`${language.toUpperCase()}: ([^\\n]*)`).exec(description);
    return match?.[1];
  }

  #resolve(schema: JsonSchema, defs: readonly string[]): Shape {
    let current = schema;
    let path = defs;
    // A $ref with sibling keywords (a description) still means "this definition".
    for (let depth = 0; depth < 20; depth++) {
      const ref = current["$ref"];
      if (typeof ref !== "string") break;
      const name = ref.replace(/^#\/\$defs\//, "");
      const target = this.#defs[name];
      if (!target) break;
      current = target;
      path = [...path, name];
    }
    return { defs: path, schema: current };
  }
}

/** The child of a parsed value by key or index, if any. */
export function childOf(value: unknown, key: string | number): unknown {
  if (Array.isArray(value)) return typeof key === "number" ? value[key] : undefined;
  if (typeof value === "object" && value !== null) return (value as Record<string, unknown>)[String(key)];
  return undefined;
}

/** How well a value fits a branch: 0 no, 1 by type, higher when its keys match the branch's. */
function fit(schema: JsonSchema, value: unknown): number {
  const type = schema["type"];
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  if (type === "object" || schema["properties"]) {
    if (!isObject) return 0;
    const keys = Object.keys(value);
    const properties = (schema["properties"] ?? {}) as Record<string, unknown>;
    const required = (schema["required"] ?? []) as string[];
    const known = keys.filter((key) => Object.hasOwn(properties, key)).length;
    const hasRequired = required.every((key) => keys.includes(key));
    return 1 + known + (hasRequired ? 1 : 0) - (keys.length - known);
  }
  if (type === "array") return Array.isArray(value) ? 2 : 0;
  if (type === "string") return typeof value === "string" ? 2 : 0;
  if (type === "boolean") return typeof value === "boolean" ? 2 : 0;
  if (Array.isArray(schema["enum"])) return (schema["enum"] as unknown[]).includes(value) ? 2 : 0;
  return 0;
}
