/**
 * The mdast block walker: paragraphs, lists, quotes, code, tables, rules and headings inside
 * prose, in document order, each as its own structure element.
 */
import type { BlockContent, Code, DefinitionContent, Paragraph, RootContent } from "mdast";
import {
  type RenderContext,
  type StructElement,
  bodyLineHeight,
  ensureSpace,
  moveDown,
  pageBottom,
} from "./context.js";
import { headingHeight, renderHeading } from "./headings.js";
import { inlineRuns, plainStyle, type Run, runsText, textRuns } from "./inline.js";
import { countLines, planParagraph, withPlan } from "./keep.js";
import { renderList } from "./lists.js";
import { drawArtifact, withElement } from "./structure.js";
import { renderTable } from "./table.js";
import { bodyLook, type TextLook, writeRuns } from "./text-runs.js";
import { type Box, insetBox, theme } from "./theme.js";

type Block = RootContent | BlockContent | DefinitionContent;

/** Writes `blocks` top to bottom, `gap` points apart. */
export function renderBlocks(
  ctx: RenderContext,
  blocks: readonly Block[],
  parent: StructElement,
  box: Box,
  gap: number = theme.gap.block,
  depth = 0,
): void {
  const drawn = blocks.filter(drawsSomething);
  drawn.forEach((block, index) => {
    if (index > 0) moveDown(ctx, gap);
    renderBlock(ctx, block, drawn.slice(index + 1), parent, box, depth, gap);
  });
}

/**
 * Height of the start of `blocks` that must share a page with what precedes them (a heading, or
 * a paragraph introducing a list): as much of the first paragraph as planParagraph would refuse
 * to leave alone at the foot of a page.
 */
export function leadingHeight(ctx: RenderContext, blocks: readonly Block[], box: Box): number {
  const lineHeight = bodyLineHeight(ctx);
  const first = blocks.find(drawsSomething);
  if (first?.type === "heading") {
    return headingHeight(ctx, 4, runsText(inlineRuns(ctx, first.children)), box) + 2 * lineHeight;
  }
  let paragraph: Paragraph | undefined;
  let inner = box;
  if (first?.type === "paragraph") paragraph = first;
  if (first?.type === "list" && first.children[0]?.children[0]?.type === "paragraph") {
    paragraph = first.children[0].children[0];
    inner = insetBox(box, theme.list.indent);
  }
  if (!paragraph) return 2 * lineHeight;
  const lines = countLines(ctx, inlineRuns(ctx, paragraph.children), inner);
  return (lines <= 3 ? lines : 2) * lineHeight;
}

function drawsSomething(block: Block): boolean {
  return !["definition", "yaml", "toml"].includes(block.type);
}

/** Writes one block; `following` are its later siblings, `gap` the space before them. */
function renderBlock(
  ctx: RenderContext,
  block: Block,
  following: readonly Block[],
  parent: StructElement,
  box: Box,
  depth: number,
  gap: number,
): void {
  const body = (blocks: readonly Block[], into: StructElement, inner: Box, gap: number, level: number): void =>
    renderBlocks(ctx, blocks, into, inner, gap, level);
  switch (block.type) {
    case "paragraph":
      {
        // A paragraph that introduces a list keeps the start of the list on its page.
        const keep = following[0]?.type === "list" ? gap + leadingHeight(ctx, following, box) : 0;
        renderParagraph(ctx, inlineRuns(ctx, block.children), parent, box, bodyLook, keep);
        break;
      }
      break;
    case "heading":
      // Prose headings sit below the section headings (H3); PDF/UA forbids skipping levels.
      renderHeading(ctx, parent, 4, runsText(inlineRuns(ctx, block.children)), box, {
        keepWithNext: leadingHeight(ctx, following, box),
      });
      break;
    case "list":
      renderList(ctx, block, parent, box, depth, body);
      break;
    case "blockquote":
      withElement(ctx, parent, "BlockQuote", (quote) =>
        renderBlocks(ctx, block.children, quote, insetBox(box, theme.blockQuoteIndent), theme.gap.block, depth),
      );
      break;
    case "code":
      renderCode(ctx, block, parent, box);
      break;
    case "html":
      // Raw HTML is shown, never interpreted.
      renderParagraph(ctx, textRuns(block.value), parent, box);
      break;
    case "table":
      renderTable(ctx, block, parent, box);
      break;
    case "thematicBreak":
      renderRule(ctx, box);
      break;
    case "footnoteDefinition":
      withElement(ctx, parent, "Note", (note) => {
        renderParagraph(ctx, textRuns(`[${block.label ?? block.identifier}]`), note, box);
        renderBlocks(ctx, block.children, note, insetBox(box, theme.list.indent), theme.gap.inItem, depth);
      });
      break;
    case "listItem":
      // A list item outside a list (not produced by remark): its blocks, unlabelled.
      renderBlocks(ctx, block.children, parent, box, theme.gap.inItem, depth);
      break;
    case "tableRow":
      renderParagraph(
        ctx,
        inlineRuns(
          ctx,
          block.children.flatMap((cell) => cell.children),
        ),
        parent,
        box,
      );
      break;
    case "tableCell":
      renderParagraph(ctx, inlineRuns(ctx, block.children), parent, box);
      break;
    case "definition":
    case "yaml":
      break;
    default:
      // Phrasing nodes directly under a block container (not produced by remark) stay text.
      renderParagraph(ctx, inlineRuns(ctx, [block]), parent, box);
      break;
  }
}

/** One paragraph as a P element. */
export function renderParagraph(
  ctx: RenderContext,
  runs: readonly Run[],
  parent: StructElement,
  box: Box,
  look: TextLook = bodyLook,
  keepWithNext = 0,
): void {
  if (runs.length === 0) return;
  withPlan(ctx, planParagraph(ctx, runs, box, keepWithNext), () =>
    withElement(ctx, parent, "P", (p) => writeRuns(ctx, p, runs, box, look)),
  );
}

function renderCode(ctx: RenderContext, block: Code, parent: StructElement, box: Box): void {
  const text = block.value.replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, " ").replace(/\s+$/, "");
  if (text === "") return;
  ensureSpace(ctx, bodyLineHeight(ctx));
  withElement(ctx, parent, "P", (p) =>
    writeRuns(ctx, p, [{ text, style: { ...plainStyle, mono: true }, link: undefined }], insetBox(box, 8)),
  );
}

function renderRule(ctx: RenderContext, box: Box): void {
  const { doc } = ctx;
  ensureSpace(ctx, 12);
  const y = doc.y + 5;
  if (y > pageBottom(ctx)) return;
  drawArtifact(ctx, "Layout", () => {
    doc.save().lineWidth(0.6).strokeColor(theme.colors.rule);
    doc
      .moveTo(box.left, y)
      .lineTo(box.left + box.width, y)
      .stroke();
    doc.restore();
  });
  doc.y = y + 6;
}
