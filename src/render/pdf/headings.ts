/**
 * Headings H1–H4: kept on one page with the start of what follows, with a named destination
 * for `#anchor` links and an optional bookmark placed on the heading's page.
 */
import { type RenderContext, type StructElement, bodyLineHeight, ensureSpace, moveDown, useFont } from "./context.js";
import { runsText, textRuns } from "./inline.js";
import { withElement } from "./structure.js";
import { writeRuns } from "./text-runs.js";
import { type Box, type HeadingLevel, theme } from "./theme.js";

export interface HeadingOptions {
  readonly anchor?: string | undefined;
  /** Height of what follows that must share the heading's page; two body lines by default. */
  readonly keepWithNext?: number;
  /** Called once the heading's page is final, e.g. to add a bookmark to it. */
  readonly onPlaced?: () => void;
}

const HEADING_LINE_GAP = 2;

function lookFor(level: HeadingLevel) {
  return {
    size: theme.headings[level].size,
    color: theme.colors.heading,
    lineGap: HEADING_LINE_GAP,
    bold: true,
  } as const;
}

/** Height a heading will take, spacing included. */
export function headingHeight(ctx: RenderContext, level: HeadingLevel, text: string, box: Box): number {
  const style = theme.headings[level];
  useFont(ctx, "bold", style.size);
  const height = ctx.doc.heightOfString(runsText(textRuns(text)), { width: box.width, lineGap: HEADING_LINE_GAP });
  return style.spaceBefore + height + style.spaceAfter;
}

export function renderHeading(
  ctx: RenderContext,
  parent: StructElement,
  level: HeadingLevel,
  text: string,
  box: Box,
  options: HeadingOptions = {},
): void {
  const { doc } = ctx;
  const runs = textRuns(text);
  if (runs.length === 0) return;
  const style = theme.headings[level];
  const needed =
    headingHeight(ctx, level, text, box) - style.spaceBefore + (options.keepWithNext ?? 2 * bodyLineHeight(ctx));
  moveDown(ctx, style.spaceBefore);
  ensureSpace(ctx, needed);
  if (options.anchor) doc.addNamedDestination(options.anchor, "XYZ", null, doc.y, null);
  options.onPlaced?.();
  withElement(ctx, parent, `H${level}`, (element) => writeRuns(ctx, element, runs, box, lookFor(level)));
  doc.y += style.spaceAfter;
}
