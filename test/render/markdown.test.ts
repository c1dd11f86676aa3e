import type { Heading, Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { beforeAll, describe, expect, it } from "vitest";
import { examplePolicy } from "../../src/lint/examples/merge.js";
import type { Policy } from "../../src/model/index.js";
import { buildNoticeDocument, type NoticeDocument } from "../../src/render/document/index.js";
import { renderMarkdown } from "../../src/render/markdown/index.js";
import { cofacePolicyFile, validPolicy } from "./support.js";

function text(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(text).join("");
  return "";
}

function reparse(markdown: string) {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

let document: NoticeDocument;
let markdown: string;
beforeAll(async () => {
  document = buildNoticeDocument(await validPolicy(cofacePolicyFile));
  markdown = renderMarkdown(document);
});

describe("Markdown output", () => {
  it("has the title as the only level-1 heading, chapters at level 2 and sections at level 3", () => {
    const headings = reparse(markdown).children.filter((node): node is Heading => node.type === "heading");
    const expected = [
      [1, "Privacy melding"],
      ...document.chapters.flatMap((chapter) => [[2, chapter.heading], ...chapter.sections.map((section) => [3, section.heading])]),
    ];
    expect(headings.map((heading) => [heading.depth, text(heading)])).toEqual(expected);
  });

  it("starts with the title and the last-updated line", () => {
    expect(markdown.startsWith("# Privacy melding\n\nDeze privacy melding is het laatst bijgewerkt op 14 september 2022.\n\n")).toBe(true);
  });

  it("writes the lists of chapters and nested purposes as Markdown lists", () => {
    expect(markdown).toContain("\n- een websitebezoeker – Hoofdstuk I;\n- een potentiële klant – Hoofdstuk II;\n");
    expect(markdown).toContain("\n- ons gerechtvaardigde belang, om:\n  - het uitvoeren van commerciële doelen");
  });

  it("reads back to the same words: every paragraph and list item of the document is in the file", () => {
    const original = [document.introduction, ...document.chapters.flatMap((chapter) => [chapter.lead, ...chapter.sections.map((section) => section.content)])]
      .map((root) => text(root))
      .join("");
    const roundTrip = reparse(markdown).children.filter((node) => node.type !== "heading").slice(1).map(text).join("");
    expect(roundTrip).toBe(original);
  });

  it("is the same text on every run and ends with one newline", () => {
    expect(renderMarkdown(buildNoticeDocument(examplePolicy("{}") as Policy))).toBe(renderMarkdown(buildNoticeDocument(examplePolicy("{}") as Policy)));
    expect(markdown.endsWith(".\n")).toBe(true);
  });

  it("moves headings in the prose below the section level", () => {
    const output = renderMarkdown(buildNoticeDocument(examplePolicy(`
security:
  title: Beveiliging
  text: |-
    # Maatregelen

    Wij versleutelen alles.
`) as Policy));
    expect(output).toContain("\n## Hoofdstuk III - Beveiliging\n\n### Maatregelen\n\nWij versleutelen alles.\n");
  });

  it("escapes Markdown syntax in plain-text labels, so they read back literally", () => {
    const output = renderMarkdown(buildNoticeDocument(examplePolicy(`
chapters:
  - id: gebruiker
    title: "U *gebruikt* de app <b>"
    label: "een [gebruiker](https://x.example) van de app"
`) as Policy));
    const tree = reparse(output);
    const heading = tree.children.find((node) => node.type === "heading" && node.depth === 2)!;
    expect(text(heading)).toBe("Hoofdstuk I - U *gebruikt* de app <b>");
    const firstList = tree.children.find((node) => node.type === "list")!;
    expect(text(firstList).startsWith("een [gebruiker](https://x.example) van de app – Hoofdstuk I;")).toBe(true);
    // A bare URL still autolinks on reparse (GFM), but the label's [text](url) syntax stays literal.
    expect(JSON.stringify(firstList)).not.toContain('"url":"https://x.example","children":[{"type":"text","value":"gebruiker"');
    expect(JSON.stringify(tree)).not.toContain('"type":"html"');
  });
});
