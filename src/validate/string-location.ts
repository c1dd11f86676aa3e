/**
 * Maps an offset inside a string *value* to the place in the YAML source where that character is
 * written. Block scalars add indentation, quoted scalars escapes, plain scalars folding, so the
 * value is not a slice of the source; we find the same text in the scalar's source instead (the
 * k-th occurrence for the k-th occurrence in the value), falling back to shorter snippets and
 * finally to the start of the value.
 */
import { isScalar, type Document } from "yaml";
import type { PolicyPath, Range } from "../diagnostics/index.js";
import type { SourceMap } from "../load/index.js";

export function locateInString(
  document: Document | undefined,
  sourceMap: SourceMap | undefined,
  text: string,
  path: PolicyPath,
  start: number,
  end: number,
): Range | undefined {
  if (!document || !sourceMap) return undefined;
  const node = document.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== "string" || !node.range) return undefined;
  const value = node.value;
  const [from, to] = node.range;
  const source = text.slice(from, to);
  const firstLine = value.slice(start, end).split("\n")[0] ?? "";
  for (const length of [40, 12, 4, 1]) {
    const snippet = firstLine.slice(0, length);
    if (snippet.length === 0) break;
    const at = nthIndexOf(source, snippet, occurrencesBefore(value, snippet, start));
    if (at >= 0) {
      const span = Math.min(firstLine.length, Math.max(1, end - start));
      return sourceMap.rangeOf(from + at, from + at + span);
    }
  }
  return undefined;
}

function occurrencesBefore(text: string, snippet: string, before: number): number {
  let count = 0;
  for (let at = text.indexOf(snippet); at >= 0 && at < before; at = text.indexOf(snippet, at + 1)) count++;
  return count;
}

function nthIndexOf(text: string, snippet: string, n: number): number {
  let at = text.indexOf(snippet);
  for (let i = 0; i < n && at >= 0; i++) at = text.indexOf(snippet, at + 1);
  return at;
}
