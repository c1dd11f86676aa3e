/**
 * mdast → sanitised HTML fragment. The only way policy prose becomes HTML: raw HTML is dropped
 * (allowDangerousHtml false), then rehype-sanitize (GitHub's schema) removes scripts, event
 * handlers and `javascript:` URLs that Markdown itself could produce.
 */
import type { Root as HastRoot } from "hast";
import type { Root, RootContent } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * No images: a privacy notice must not make readers' browsers call third parties. Images become
 * links to their address (`imagesAsLinks`), so nothing of the text is lost.
 */
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== "img"),
};

const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

export interface FragmentOptions {
  /**
   * Heading levels already used around the fragment: a `#` heading in the prose of a section
   * (under h3) becomes h4, so the page outline stays intact. Levels stop at h6.
   */
  readonly headingOffset?: number;
}

/** Renders a tree to a sanitised HTML string (the tree is not modified). */
export function toHtmlFragment(tree: Root, options: FragmentOptions = {}): string {
  if (tree.children.length === 0) return "";
  const prepared = prepare(structuredClone(tree), options.headingOffset ?? 0);
  const hast = processor.runSync(prepared) as HastRoot;
  return processor.stringify(hast);
}

function prepare(tree: Root, headingOffset: number): Root {
  const visit = (nodes: RootContent[]): RootContent[] =>
    nodes.map((node) => {
      if (node.type === "heading") {
        node.depth = Math.min(6, node.depth + headingOffset) as typeof node.depth;
      }
      if (node.type === "image") {
        return { type: "link", url: node.url, children: [{ type: "text", value: node.alt || node.url }] };
      }
      if ("children" in node) node.children = visit(node.children as RootContent[]) as typeof node.children;
      return node;
    });
  tree.children = visit(tree.children);
  return tree;
}
