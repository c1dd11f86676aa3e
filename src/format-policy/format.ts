/**
 * The canonical layout of a policy file, produced on the parsed YAML document (not on plain data) so
 * that comments stay where the editor put them: keys in the schema's order (maps of ids keep theirs),
 * two-space indentation, code lists in flow style, Markdown in one spelling with `|` blocks for
 * multi-line text. The result is checked to mean exactly what the input meant before it is returned.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parse, parseDocument, visit, Scalar, type Document, type Node, type ToStringOptions } from "yaml";
import { ToolError } from "../diagnostics/index.js";
import { equivalentData } from "./equivalence.js";
import { normalizeMarkdown } from "./markdown.js";
import { PolicySchema, childOf, type Shape } from "./schema-shape.js";

/** Markdown longer than this is a `|` block even when it is one line. */
const PLAIN_PROSE_LIMIT = 80;

export const toStringOptions: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  defaultStringType: "PLAIN",
  defaultKeyType: "PLAIN",
  singleQuote: false,
};

/** Why a document cannot be formatted safely (the caller reports it and leaves the file alone). */
export class UnformattableError extends Error {
  readonly reason: "aliases";
  constructor(reason: "aliases") {
    super(reason);
    this.reason = reason;
  }
}

/**
 * The canonical text of a parsed, valid policy. `document` is changed in place. Throws
 * {@link UnformattableError} for documents with anchors and aliases (reordering could put an alias
 * before its anchor), and a ToolError when the result would not mean the same (a bug in fmt).
 */
export function formatPolicyDocument(document: Document, data: unknown, schema = PolicySchema.load()): string {
  if (hasAliases(document)) throw new UnformattableError("aliases");
  const contents = document.contents;
  if (contents) canonicalize(contents, schema.forValue(schema.root, data), data, schema, true);
  const text = document.toString(toStringOptions);
  const after: unknown = parse(text);
  const difference = equivalentData(data, after, schema);
  if (difference !== undefined) {
    throw new ToolError("internal", {
      nl: `Opmaken zou de betekenis van ${difference || "/"} veranderen; het bestand is niet aangepast. Dit is een fout in privacy-notice; meld het als bug.`,
      en: `Formatting would change the meaning of ${difference || "/"}; the file was left alone. This is a bug in privacy-notice; please report it.`,
    });
  }
  return text;
}

/** Parses and formats a policy text (for tests and `init`); the text must be valid YAML. */
export function formatPolicyText(text: string, schema = PolicySchema.load()): string {
  const document = parseDocument(text, { uniqueKeys: true, strict: true, stringKeys: true });
  if (document.errors.length > 0) throw document.errors[0];
  return formatPolicyDocument(document, document.toJS(), schema);
}

function canonicalize(node: Node, shape: Shape | undefined, value: unknown, schema: PolicySchema, isRoot = false): void {
  const narrowed = shape ? schema.forValue(shape, value) : undefined;
  if (isMap(node)) {
    const order = narrowed ? schema.propertyOrder(narrowed) : undefined;
    if (order) reorder(node.items, order, isRoot);
    if (node.items.length > 0) node.flow = false;
    const first = node.items[0];
    // A blank line belongs between keys, not right after the parent's key (at the top of the
    // file it separates the header comment, so it stays).
    if (!isRoot && first && isPair(first) && isScalar(first.key)) first.key.spaceBefore = false;
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      pair.key.type = Scalar.PLAIN;
      if (pair.value && typeof pair.value === "object" && "range" in pair.value) {
        canonicalize(pair.value as Node, narrowed ? schema.child(narrowed, value, key) : undefined, childOf(value, key), schema);
      }
    }
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (item && typeof item === "object" && "range" in item) {
        canonicalize(item as Node, narrowed ? schema.child(narrowed, value, index) : undefined, childOf(value, index), schema);
      }
    });
    node.flow = isCodeList(node.items);
    const first = node.items[0];
    if (first && typeof first === "object" && "spaceBefore" in first) (first as Node).spaceBefore = false;
    return;
  }
  if (isScalar(node) && typeof node.value === "string") {
    const kind = narrowed ? schema.textKind(narrowed) : undefined;
    if (kind === "markdown") {
      // Prose is plain when short and safe, else a `|` block ending in one newline (which means
      // nothing to Markdown), so editors never have to escape quotes in a paragraph.
      const text = normalizeMarkdown(node.value);
      const plain = !text.includes("\n") && text.length <= PLAIN_PROSE_LIMIT && isPlainSafe(text);
      node.value = plain ? text : `${text}\n`;
      node.type = plain ? Scalar.PLAIN : Scalar.BLOCK_LITERAL;
      return;
    }
    const text = node.value;
    node.type = text.includes("\n") ? Scalar.BLOCK_LITERAL : isAmbiguousPlain(text) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
  }
}

/**
 * Sorts a map's pairs into schema order (unknown keys last, as found). A comment above the first
 * key of the whole file is the file's header and stays on top.
 */
function reorder(pairs: unknown[], order: readonly string[], isRoot: boolean): void {
  const rank = (pair: unknown): number => {
    const key = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : "";
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  const firstBefore = pairs[0];
  const sorted = pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => rank(a.pair) - rank(b.pair) || a.index - b.index)
    .map(({ pair }) => pair);
  pairs.splice(0, pairs.length, ...sorted);
  const firstAfter = pairs[0];
  if (isRoot && firstBefore !== firstAfter && isPair(firstBefore) && isPair(firstAfter) && isScalar(firstBefore.key) && isScalar(firstAfter.key)) {
    const header = firstBefore.key.commentBefore;
    if (header) {
      firstAfter.key.commentBefore = firstAfter.key.commentBefore ? `${header}\n${firstAfter.key.commentBefore}` : header;
      firstBefore.key.commentBefore = null;
    }
  }
}

/** A list of single-line scalars (codes, keys) without comments: written `[a, b]`. */
function isCodeList(items: readonly unknown[]): boolean {
  return items.every((item) => isScalar(item) && !item.commentBefore && !item.comment && !String(item.value).includes("\n"));
}

/**
 * Whether a string can be written as a plain scalar that reads back as this same string. Stricter
 * than YAML itself (a leading `-` or `?` is never plain here), which only means a `|` block more.
 */
function isPlainSafe(text: string): boolean {
  if (text === "" || text !== text.trim() || /[\u0000-\u001f\u007f]/.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /: |:$| #/.test(text)) return false;
  if (/^(?:true|false|null|~)$/i.test(text) || /^[-+]?(?:\.?[0-9]|\.inf$|\.nan$)/i.test(text)) return false;
  return !isAmbiguousPlain(text);
}

/**
 * Whether a plain scalar would be read as something other than this string by a YAML 1.1 parser
 * (dates, yes/no, sexagesimal numbers): such strings stay quoted for other tools' sake.
 */
function isAmbiguousPlain(text: string): boolean {
  // Only these can be non-strings in YAML 1.1: parse just those (parsing every scalar is slow).
  if (!/^[-+.~0-9]/.test(text) && !/^(?:y|n|yes|no|on|off|true|false|null)$/i.test(text)) return false;
  if (text.length > 40) return false;
  try {
    return parse(text, { version: "1.1" }) !== text;
  } catch {
    return false;
  }
}

function hasAliases(document: Document): boolean {
  let found = false;
  visit(document, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found || isAlias(document.contents);
}
