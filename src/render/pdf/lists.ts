/**
 * Lists as L › LI › (Lbl, LBody). The label is real text ("•", "◦", "1.") so it is read out and
 * extracted; the body is indented and wraps under itself, and nested lists indent again.
 */
import type { BlockContent, DefinitionContent, List, ListItem } from "mdast";
import { type RenderContext, type StructElement, bodyLineHeight, ensureSpace, moveDown, useFont } from "./context.js";
import { inlineRuns } from "./inline.js";
import { planParagraph } from "./keep.js";
import { drawInto, withElement } from "./structure.js";
import { type Box, insetBox, theme } from "./theme.js";

export type BodyRenderer = (
  blocks: readonly (BlockContent | DefinitionContent)[],
  parent: StructElement,
  box: Box,
  gap: number,
  depth: number,
) => void;

const BULLETS = ["•", "◦", "▪"] as const;

function labelFor(list: List, item: ListItem, index: number, depth: number): string {
  if (item.checked === true) return "☑";
  if (item.checked === false) return "☐";
  if (list.ordered) return `${(list.start ?? 1) + index}.`;
  return BULLETS[Math.min(depth, BULLETS.length - 1)]!;
}

export function renderList(
  ctx: RenderContext,
  list: List,
  parent: StructElement,
  box: Box,
  depth: number,
  renderBody: BodyRenderer,
): void {
  const { doc } = ctx;
  const labels = list.children.map((item, index) => labelFor(list, item, index, depth));
  useFont(ctx, "regular", theme.body.size);
  const widest = Math.max(0, ...labels.map((label) => doc.widthOfString(label)));
  // Wide labels ("10.") push the body right rather than running into it.
  const bodyBox = insetBox(box, Math.max(theme.list.indent, theme.list.bulletInset + widest + 6));
  const gap = list.spread ? theme.gap.block : theme.gap.inItem;
  withElement(ctx, parent, "L", (element) => {
    list.children.forEach((item, index) => {
      if (index > 0) moveDown(ctx, list.spread ? theme.gap.block : theme.gap.listItem);
      // The label must stay with the start of the body: move both when the body's first
      // paragraph would start on the next page.
      const first = item.children[0];
      if (first?.type === "paragraph" && planParagraph(ctx, inlineRuns(ctx, first.children), bodyBox).newPage) {
        doc.addPage();
      }
      ensureSpace(ctx, bodyLineHeight(ctx));
      const top = doc.y;
      withElement(ctx, element, "LI", (li) => {
        withElement(ctx, li, "Lbl", (label) =>
          drawInto(label, () => {
            useFont(ctx, "regular", theme.body.size);
            doc.fillColor(theme.colors.text);
            doc.text(labels[index]!, box.left + theme.list.bulletInset, top, {
              lineBreak: false,
            });
          }),
        );
        doc.x = bodyBox.left;
        doc.y = top;
        withElement(ctx, li, "LBody", (body) => renderBody(item.children, body, bodyBox, gap, depth + 1));
      });
    });
  });
}
