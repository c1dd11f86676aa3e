/**
 * Writes a paragraph's runs as one flow of `continued` pdfkit text into a structure element.
 * Links get their own Link element around their runs (a `link:` inside a plain continued run is
 * dropped by pdfkit, stack notes §3b), and every run resets `link`, which pdfkit would otherwise
 * carry over to the next fragment.
 */
import { type RenderContext, type StructElement, useFont } from "./context.js";
import { fontRole } from "./fonts.js";
import type { Run } from "./inline.js";
import type { LinkTarget } from "./links.js";
import { drawInto, withElement } from "./structure.js";
import { type Box, theme } from "./theme.js";

export interface TextLook {
  readonly size: number;
  readonly color: string;
  readonly lineGap: number;
  /** Forces every run bold (headings). */
  readonly bold?: boolean;
}

export const bodyLook: TextLook = {
  size: theme.body.size,
  color: theme.colors.text,
  lineGap: theme.body.lineGap,
};

interface Group {
  readonly link: LinkTarget | undefined;
  readonly runs: Run[];
}

function groupByLink(runs: readonly Run[]): Group[] {
  const groups: Group[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && last.link === run.link) last.runs.push(run);
    else groups.push({ link: run.link, runs: [run] });
  }
  return groups;
}

/** Writes `runs` from the current y inside `box`; leaves y below the last line. */
export function writeRuns(
  ctx: RenderContext,
  parent: StructElement,
  runs: readonly Run[],
  box: Box,
  look: TextLook = bodyLook,
): void {
  const { doc } = ctx;
  if (runs.length === 0) return;
  const lastRun = runs[runs.length - 1];
  doc.x = box.left;

  const draw = (run: Run, target: LinkTarget | undefined): void => {
    useFont(ctx, fontRole({ ...run.style, bold: run.style.bold || look.bold === true }), look.size);
    doc.fillColor(target ? theme.colors.link : look.color);
    const options: PDFKit.Mixins.TextOptions = {
      width: box.width,
      lineGap: look.lineGap,
      continued: run !== lastRun,
      link: target?.kind === "uri" ? target.uri : null,
      underline: target !== undefined,
      strike: run.style.strike,
    };
    if (target?.kind === "anchor") options.goTo = target.name;
    doc.text(run.text, options);
  };

  for (const group of groupByLink(runs)) {
    const target = group.link;
    if (target === undefined) {
      for (const run of group.runs) drawInto(parent, () => draw(run, undefined));
      continue;
    }
    withElement(ctx, parent, "Link", (link) => {
      ctx.activeLink = { element: link, text: group.runs.map((run) => run.text).join("") };
      try {
        for (const run of group.runs) drawInto(link, () => draw(run, target));
      } finally {
        ctx.activeLink = undefined;
      }
    });
  }
  doc.fillColor(theme.colors.text);
}
