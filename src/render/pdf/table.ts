/**
 * GFM tables as Table › TR › TH/TD in an even grid. A row is moved whole to the next page when
 * it does not fit, so cells never split across pages.
 */
import type { Table } from "mdast";
import { type RenderContext, type StructElement, ensureSpace, useFont } from "./context.js";
import { fontRole } from "./fonts.js";
import { inlineRuns, plainStyle, type Run } from "./inline.js";
import { drawArtifact, withElement } from "./structure.js";
import { writeRuns } from "./text-runs.js";
import { type Box, theme } from "./theme.js";

const PADDING = 4;

/** pdfkit 0.20 writes `scope` as the Table attribute /Scope (not in @types/pdfkit). */
const COLUMN_HEADER: PDFKit.Mixins.StructureElementOptions & { readonly scope: "Column" } = { scope: "Column" };

function cellHeight(ctx: RenderContext, runs: readonly Run[], width: number): number {
  if (runs.length === 0) return 0;
  // Measured in the widest face used, so mixed runs never need more room than reserved.
  const bold = runs.some((run) => run.style.bold);
  useFont(ctx, fontRole({ ...plainStyle, bold }), theme.body.size);
  return ctx.doc.heightOfString(runs.map((run) => run.text).join(""), { width, lineGap: theme.body.lineGap });
}

export function renderTable(ctx: RenderContext, table: Table, parent: StructElement, box: Box): void {
  const { doc } = ctx;
  const columns = Math.max(1, ...table.children.map((row) => row.children.length));
  const columnWidth = box.width / columns;
  const innerWidth = Math.max(columnWidth - 2 * PADDING, 1);
  withElement(ctx, parent, "Table", (element) => {
    table.children.forEach((row, rowIndex) => {
      const header = rowIndex === 0;
      const cells = row.children.map((cell) =>
        inlineRuns(ctx, cell.children, header ? { ...plainStyle, bold: true } : plainStyle),
      );
      const height = Math.max(0, ...cells.map((runs) => cellHeight(ctx, runs, innerWidth))) + 2 * PADDING;
      ensureSpace(ctx, height);
      const top = doc.y;
      withElement(ctx, element, "TR", (tr) => {
        cells.forEach((runs, column) => {
          const draw = (cell: StructElement): void => {
            doc.y = top + PADDING;
            writeRuns(ctx, cell, runs, { left: box.left + column * columnWidth + PADDING, width: innerWidth });
          };
          if (header) withElement(ctx, tr, "TH", draw, COLUMN_HEADER);
          else withElement(ctx, tr, "TD", draw);
        });
      });
      drawArtifact(ctx, "Layout", () => {
        doc.save().lineWidth(0.5).strokeColor(theme.colors.rule);
        doc.rect(box.left, top, box.width, height).stroke();
        for (let column = 1; column < columns; column++) {
          const x = box.left + column * columnWidth;
          doc
            .moveTo(x, top)
            .lineTo(x, top + height)
            .stroke();
        }
        doc.restore();
      });
      doc.x = box.left;
      doc.y = top + height;
    });
  });
}
