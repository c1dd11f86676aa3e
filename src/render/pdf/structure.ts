/**
 * Tagged-PDF helpers. pdfkit draws a closure's content as one marked-content sequence of its
 * structure element, but only once that element is attached to the tree; an element that is
 * never ended leaves the file without xref (stack notes §3a). So every element here is attached
 * to its parent first, filled, then ended.
 */
import type { RenderContext, StructElement } from "./context.js";

/** Creates an element of `type` and attaches it to `parent`; the caller must end it. */
export function openElement(
  ctx: RenderContext,
  parent: StructElement,
  type: string,
  options: PDFKit.Mixins.StructureElementOptions = {},
): StructElement {
  const element = ctx.doc.struct(type, options);
  parent.add(element);
  return element;
}

/** Attaches an element of `type` to `parent`, fills it with `fill` and ends it. */
export function withElement<T>(
  ctx: RenderContext,
  parent: StructElement,
  type: string,
  fill: (element: StructElement) => T,
  options: PDFKit.Mixins.StructureElementOptions = {},
): T {
  const element = openElement(ctx, parent, type, options);
  try {
    return fill(element);
  } finally {
    element.end();
  }
}

/** Draws content as a marked-content sequence of `element` (which is attached, so it runs now). */
export function drawInto(element: StructElement, draw: () => void): void {
  element.add(draw);
}

/** Draws page furniture (rules, footers) outside the structure tree, as an Artifact. */
export function drawArtifact(ctx: RenderContext, type: "Pagination" | "Layout", draw: () => void): void {
  ctx.doc.markContent("Artifact", { type });
  try {
    draw();
  } finally {
    ctx.doc.endMarkedContent();
  }
}
