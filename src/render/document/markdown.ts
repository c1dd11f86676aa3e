/**
 * The one Markdown parser of the render stage: every Markdown field of a policy is parsed here,
 * once, and the tree is shared by all renderers. Raw HTML never survives: it becomes literal text.
 */
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown with a per-build cache, so a text used twice is parsed once. */
export class MarkdownParser {
  readonly #cache = new Map<string, Root>();

  /** The tree of `source`. Callers must not mutate it: compose new nodes from clones instead. */
  parse(source: string): Root {
    const cached = this.#cache.get(source);
    if (cached) return cached;
    const tree = cleanTree(processor.parse(source));
    this.#cache.set(source, tree);
    return tree;
  }

  /** A fresh copy of the top-level blocks of `source`, safe to place into a new tree. */
  blocks(source: string): RootContent[] {
    return structuredClone(this.parse(source).children);
  }
}

/** Drops source positions (renderers never need them) and turns raw HTML into literal text. */
function cleanTree(root: Root): Root {
  return clean(root) as Root;
}

type AnyNode = { type: string; position?: unknown; children?: AnyNode[]; value?: string };

function clean(node: AnyNode): AnyNode {
  delete node.position;
  if (node.type === "html") return { type: "text", value: node.value ?? "" };
  if (node.children) {
    node.children = node.children.map((child) => {
      const cleaned = clean(child);
      // Block-level raw HTML sits where only blocks may; wrap its text in a paragraph.
      return cleaned.type === "text" && isBlockParent(node) ? { type: "paragraph", children: [cleaned] } : cleaned;
    });
  }
  return node;
}

function isBlockParent(node: AnyNode): boolean {
  return node.type === "root" || node.type === "blockquote" || node.type === "listItem" || node.type === "footnoteDefinition";
}
