/** State shared by the layout modules while one notice is written. */
import type { FontFiles, FontRole } from "./fonts.js";
import type { PdfLabels } from "./labels.js";
import { theme } from "./theme.js";

export type Pdf = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;

export interface RenderContext {
  readonly doc: Pdf;
  readonly fonts: FontFiles;
  readonly labels: PdfLabels;
  /** Anchors of chapters and sections: the only `#…` link targets that exist in the PDF. */
  readonly anchors: ReadonlySet<string>;
  /** Link reference definitions (`[label]: url`) of the mdast tree being written. */
  definitions: ReadonlyMap<string, string>;
  /** The Link element whose content is being drawn, with its text (see links.ts). */
  activeLink: { readonly element: StructElement; readonly text: string } | undefined;
}

export function useFont(ctx: RenderContext, role: FontRole, size: number): void {
  ctx.doc.font(ctx.fonts[role]).fontSize(size);
}

/** Height of one line of body text, gap included. */
export function bodyLineHeight(ctx: RenderContext): number {
  useFont(ctx, "regular", theme.body.size);
  return ctx.doc.currentLineHeight(true) + theme.body.lineGap;
}

/** Lowest y that text may reach on the current page. */
export function pageBottom(ctx: RenderContext): number {
  return ctx.doc.page.height - ctx.doc.page.margins.bottom;
}

export function atPageTop(ctx: RenderContext): boolean {
  return ctx.doc.y <= ctx.doc.page.margins.top + 0.5;
}

/**
 * Starts a new page unless `height` points still fit below the current position. Only called
 * between structure elements, so no marked content is open across the break.
 */
export function ensureSpace(ctx: RenderContext, height: number): void {
  if (!atPageTop(ctx) && ctx.doc.y + height > pageBottom(ctx)) ctx.doc.addPage();
}

/** Vertical space between blocks; swallowed at the top of a page. */
export function moveDown(ctx: RenderContext, points: number): void {
  if (!atPageTop(ctx)) ctx.doc.y += points;
}
