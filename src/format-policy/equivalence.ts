/**
 * "Means the same" for two parsed policies: equal data, except that Markdown fields may be spelled
 * differently as long as their syntax trees are equal. `fmt` checks its own output with this.
 */
import { toJsonPointer, type PathSegment } from "../diagnostics/index.js";
import { sameMarkdown } from "./markdown.js";
import { PolicySchema, type Shape } from "./schema-shape.js";

/** Undefined when equivalent; otherwise the JSON Pointer of the first difference. */
export function equivalentData(a: unknown, b: unknown, schema = PolicySchema.load()): string | undefined {
  const path: PathSegment[] = [];
  const compare = (left: unknown, right: unknown, shape: Shape | undefined): boolean => {
    const narrowed = shape ? schema.forValue(shape, left) : undefined;
    if (typeof left === "string" && typeof right === "string") {
      if (left === right) return true;
      return narrowed !== undefined && schema.textKind(narrowed) === "markdown" && sameMarkdown(left, right);
    }
    if (Array.isArray(left) && Array.isArray(right)) {
      if (left.length !== right.length) return false;
      return left.every((item, index) => {
        path.push(index);
        const same = compare(item, right[index], narrowed ? schema.child(narrowed, left, index) : undefined);
        if (same) path.pop();
        return same;
      });
    }
    if (isRecord(left) && isRecord(right)) {
      const keys = Object.keys(left);
      if (keys.length !== Object.keys(right).length || !keys.every((key) => Object.hasOwn(right, key))) return false;
      return keys.every((key) => {
        path.push(key);
        const same = compare(left[key], right[key], narrowed ? schema.child(narrowed, left, key) : undefined);
        if (same) path.pop();
        return same;
      });
    }
    return Object.is(left, right);
  };
  return compare(a, b, schema.root) ? undefined : toJsonPointer(path);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
