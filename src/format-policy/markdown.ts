/**
 * Markdown text fields in one canonical spelling (remark-stringify: `-` bullets, `*` emphasis, `**`
 * strong, no trailing spaces), and the test that two spellings mean the same: equal syntax trees
 * (positions left out) under both CommonMark and GitHub-flavoured Markdown, so a renderer of either
 * kind shows the same thing.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";
import { unified } from "unified";

const stringifyOptions: StringifyOptions = {
  bullet: "-",
  bulletOther: "*",
  bulletOrdered: ".",
  emphasis: "*",
  strong: "*",
  rule: "-",
  fence: "`",
  fences: true,
  listItemIndent: "one",
  incrementListMarker: true,
  setext: false,
  closeAtx: false,
};

const commonmark = unified().use(remarkParse);
const gfm = unified().use(remarkParse).use(remarkGfm);
// Serialise without GFM, so that bare links and e-mail addresses stay as the editor wrote them.
const serializer = unified().use(remarkParse).use(remarkStringify, stringifyOptions);

/** The canonical spelling of a Markdown text, without trailing newline; the input when that would change its meaning. */
export function normalizeMarkdown(text: string): string {
  if (isPlainProse(text)) return text.replace(/\n+$/, "");
  const normalized = String(serializer.processSync(text)).replace(/\n+$/, "");
  return sameMarkdown(text, normalized) ? normalized : text;
}

/**
 * Prose without any Markdown syntax, which remark-stringify writes back unchanged: only letters,
 * digits, single spaces and harmless punctuation, paragraphs split by one blank line, no line that
 * could start a list, heading or code block. A shortcut past the parser for most policy text.
 */
export function isPlainProse(text: string): boolean {
  const body = text.replace(/\n+$/, "");
  if (body === "" || body.includes("\n\n\n")) return false;
  return body.split("\n").every((line, index, lines) => {
    if (line === "") return index > 0 && lines[index - 1] !== "" && index < lines.length - 1;
    return (
      /^[\p{L}\p{N}.,;:!?()'"‘’“”–—/%€@ -]+$/u.test(line) &&
      !/^[-\s]|\s$| {2}|^\d+[.)]/u.test(line)
    );
  });
}

/** Whether two Markdown texts have the same syntax tree in CommonMark and in GFM. */
export function sameMarkdown(a: string, b: string): boolean {
  // Line endings at the very end of a text belong to no block; skip the parsers for them.
  if (a.replace(/(\r?\n)+$/, "") === b.replace(/(\r?\n)+$/, "")) return true;
  return treeKey(commonmark.parse(a)) === treeKey(commonmark.parse(b)) && treeKey(gfm.parse(a)) === treeKey(gfm.parse(b));
}

/** The syntax tree without source positions, as comparable text. */
export function treeKey(tree: Root): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === "position" ? undefined : value));
}

/** The syntax tree of a Markdown text (GFM), without positions: for tests that assert meaning is kept. */
export function markdownTree(text: string): unknown {
  return JSON.parse(treeKey(gfm.parse(text))) as unknown;
}
