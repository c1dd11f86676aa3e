/**
 * Page furniture: a rule and "pagina 2 van 6" at the foot of every page, drawn after the content
 * (pages are buffered) as Pagination artifacts, so screen readers skip them.
 */
import { type RenderContext, useFont } from "./context.js";
import { drawArtifact } from "./structure.js";
import { theme } from "./theme.js";

export function writeFooters(ctx: RenderContext, leftText: string): void {
  const { doc } = ctx;
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const { margins, width, height } = doc.page;
    const savedBottom = margins.bottom;
    // Text below the bottom margin would make pdfkit start a new page (stack notes §3c).
    margins.bottom = 0;
    const contentWidth = width - margins.left - margins.right;
    const y = height - theme.page.footerFromBottom;
    drawArtifact(ctx, "Pagination", () => {
      doc.save().lineWidth(0.5).strokeColor(theme.colors.rule);
      doc
        .moveTo(margins.left, y - 6)
        .lineTo(width - margins.right, y - 6)
        .stroke();
      doc.restore();
      useFont(ctx, "regular", theme.footer.size);
      doc.fillColor(theme.colors.muted);
      const lineHeight = doc.currentLineHeight(true);
      doc.text(leftText, margins.left, y, {
        width: contentWidth * 0.62,
        height: lineHeight,
        ellipsis: true,
        lineBreak: false,
      });
      doc.text(ctx.labels.page(index - range.start + 1, total), margins.left, y, {
        width: contentWidth,
        align: "right",
        lineBreak: false,
      });
    });
    margins.bottom = savedBottom;
  }
}
