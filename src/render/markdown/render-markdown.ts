/**
 * NoticeDocument → one Markdown file: the title, the last-updated line, the introduction, then
 * every chapter (##) and section (###). Headings inside the editor's prose move below those
 * levels, so the outline matches the HTML page. remark-stringify makes the output deterministic.
 */
import type { Heading, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { NoticeDocument } from "../document/types.js";

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", rule: "-", fences: true, listItemIndent: "one" });

/** The notice as one mdast tree (exported for tests and other writers). */
export function noticeMarkdownTree(document: NoticeDocument): Root {
  const children: RootContent[] = [heading(1, document.title)];
  if (document.lastUpdatedText !== undefined) {
    children.push({ type: "paragraph", children: [{ type: "text", value: document.lastUpdatedText }] });
  }
  children.push(...shifted(document.introduction, 1));
  for (const chapter of document.chapters) {
    children.push(heading(2, chapter.heading), ...shifted(chapter.lead, 2));
    for (const section of chapter.sections) {
      children.push(heading(3, section.heading), ...shifted(section.content, 3));
    }
  }
  return { type: "root", children };
}

/** The Markdown text, ending in one newline. */
export function renderMarkdown(document: NoticeDocument): string {
  return processor.stringify(noticeMarkdownTree(document));
}

function heading(depth: Heading["depth"], text: string): Heading {
  return { type: "heading", depth, children: [{ type: "text", value: text }] };
}

/** A copy of the tree's blocks with their headings pushed below `offset`, stopping at level 6. */
function shifted(tree: Root, offset: number): RootContent[] {
  const copy = structuredClone(tree.children);
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === "heading") node.depth = Math.min(6, node.depth + offset) as Heading["depth"];
      if ("children" in node) visit(node.children as RootContent[]);
    }
  };
  visit(copy);
  return copy;
}
