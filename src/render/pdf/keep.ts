/**
 * Orphans and widows: a paragraph never leaves a single line at the foot of a page or at the
 * top of the next one, and short paragraphs (three lines or fewer) are not split at all.
 * pdfkit itself breaks pages at the bottom margin, so text can never overflow; these rules only
 * choose a better place for that break.
 */
import { type RenderContext, atPageTop, bodyLineHeight, pageBottom, useFont } from "./context.js";
import type { Run } from "./inline.js";
import type { Box } from "./theme.js";
import { theme } from "./theme.js";

export interface BreakPlan {
  /** Start the paragraph on a new page. */
  readonly newPage: boolean;
  /** Raise this page's bottom margin by this much while writing, so more lines move over. */
  readonly raiseBottom: number;
}

const MIN_LINES = 2;

/** How many body lines `runs` take in `box`. */
export function countLines(ctx: RenderContext, runs: readonly Run[], box: Box): number {
  if (runs.length === 0) return 0;
  const lineHeight = bodyLineHeight(ctx);
  // Measured in the widest face present, so the estimate errs towards more lines.
  useFont(ctx, runs.some((run) => run.style.bold) ? "bold" : "regular", theme.body.size);
  const height = ctx.doc.heightOfString(runs.map((run) => run.text).join(""), {
    width: box.width,
    lineGap: theme.body.lineGap,
  });
  return Math.max(1, Math.round(height / lineHeight));
}

/**
 * A cheap upper bound on the lines of `runs`, without shaping any text. Every line but the last
 * of a hard-broken segment is filled to at least the box width minus the longest word (else that
 * word would have fitted), and no Latin glyph or punctuation of DejaVu Sans is wider than 1.5 em
 * (a wider exotic glyph could at worst misplace a page break, never lose text). Undefined when a
 * word is too long for the bound to mean anything.
 */
function maxLines(runs: readonly Run[], box: Box): number | undefined {
  const em = theme.body.size * 1.5;
  const text = runs.map((run) => run.text).join("");
  const longest = Math.max(...text.split(/[ \n]+/).map((word) => word.length)) * em;
  const usable = box.width - longest;
  if (usable < box.width / 4) return undefined;
  const segments = text.split("\n");
  return segments.reduce((sum, segment) => sum + Math.floor((segment.length * em) / usable) + 1, 0);
}

/**
 * Where a paragraph of `runs` should break. `keepWithNext` points of what follows must share
 * the paragraph's last page (a sentence ending in ":" stays with the start of its list).
 */
export function planParagraph(ctx: RenderContext, runs: readonly Run[], box: Box, keepWithNext = 0): BreakPlan {
  const keep: BreakPlan = { newPage: false, raiseBottom: 0 };
  if (runs.length === 0 || atPageTop(ctx)) return keep;
  const lineHeight = bodyLineHeight(ctx);
  const following = Math.ceil(keepWithNext / lineHeight - 0.001);
  // pdfkit places a line while its top plus the line height (without gap) stays above the
  // bottom margin, so the last line on a page needs no gap below it.
  const room = Math.floor((pageBottom(ctx) - ctx.doc.y + theme.body.lineGap + 0.001) / lineHeight);
  // Most paragraphs are nowhere near the foot of the page: skip measuring them.
  const atMost = maxLines(runs, box);
  if (atMost !== undefined && atMost + following <= room) return keep;
  const lines = countLines(ctx, runs, box);
  if (lines + following <= room) return keep;
  if (room < MIN_LINES || lines <= 2 * MIN_LINES - 1) return { newPage: true, raiseBottom: 0 };
  // Lines that go to the next page (zero or less when only what follows does not fit).
  const carried = lines - room;
  if (carried < MIN_LINES) return { newPage: false, raiseBottom: (MIN_LINES - carried) * lineHeight };
  return keep;
}

/** Runs `write` under `plan`: on a new page, or with this page's bottom margin raised. */
export function withPlan(ctx: RenderContext, plan: BreakPlan, write: () => void): void {
  if (plan.newPage) ctx.doc.addPage();
  const page = ctx.doc.page;
  page.margins.bottom += plan.raiseBottom;
  try {
    write();
  } finally {
    page.margins.bottom -= plan.raiseBottom;
  }
}
