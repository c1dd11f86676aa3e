/**
 * Turns paths into the policy into source ranges. Rules and the schema stage report paths; this
 * is the one place that knows about lines and columns (as Spectral's parser adapter does).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from "yaml";
import type { PolicyPath, Position, Range } from "../diagnostics/index.js";

export type RangeTarget = "key" | "value";

export class SourceMap {
  readonly #document: Document;
  readonly #lineCounter: LineCounter;
  readonly #text: string;

  constructor(document: Document, lineCounter: LineCounter, text: string) {
    this.#document = document;
    this.#lineCounter = lineCounter;
    this.#text = text;
  }

  /** The position of a 0-based character offset. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.#text.length));
    const { line, col } = this.#lineCounter.linePos(clamped);
    return { line, column: col };
  }

  /** The range of `[start, end)` offsets, never empty and never past the end of its first line. */
  rangeOf(start: number, end: number): Range {
    const lineEnd = this.#text.indexOf("\n", start);
    const stop = Math.min(end, lineEnd === -1 ? this.#text.length : lineEnd);
    return { start: this.position(start), end: this.position(Math.max(stop, start + 1)) };
  }

  /**
   * The range of a path: its key (for unknown keys, naming problems) or its value (for content
   * problems). A path that does not exist falls back to its nearest existing ancestor, at the key
   * that names that ancestor, so a missing field is reported where it should have been written.
   */
  locate(path: PolicyPath, target: RangeTarget = "value"): Range {
    let node: unknown = this.#document.contents;
    let pair: Pair | undefined;
    let resolved = true;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) {
        resolved = false;
        break;
      }
      node = next.node;
      pair = next.pair;
    }
    if (resolved && target === "value" && isNodeWithRange(node)) {
      return this.rangeOf(node.range[0], node.range[1]);
    }
    if (pair && isNodeWithRange(pair.key)) return this.rangeOf(pair.key.range[0], pair.key.range[1]);
    if (isNodeWithRange(node)) return this.rangeOf(node.range[0], node.range[1]);
    return { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
  }

  /** Whether the path exists in the document. */
  has(path: PolicyPath): boolean {
    let node: unknown = this.#document.contents;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) return false;
      node = next.node;
    }
    return true;
  }
}

interface Child {
  readonly node: unknown;
  readonly pair?: Pair;
}

function child(node: unknown, segment: string | number): Child | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(key) === String(segment)) return { node: pair.value ?? pair.key, pair };
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { range?: unknown }).range);
}
