/**
 * Page geometry, type sizes, spacing and colours of the PDF notice. All lengths are PDF points
 * (1/72 inch); A4 is 595.28 × 841.89 pt.
 */

export interface HeadingStyle {
  readonly size: number;
  readonly spaceBefore: number;
  readonly spaceAfter: number;
}

export const theme = {
  page: {
    size: "A4",
    margins: { top: 62, bottom: 72, left: 64, right: 64 },
    /** Baseline area of the footer, measured from the bottom edge of the page. */
    footerFromBottom: 40,
  },
  body: { size: 10, lineGap: 3.2 },
  footer: { size: 8.5 },
  headings: {
    1: { size: 22, spaceBefore: 0, spaceAfter: 6 },
    2: { size: 15, spaceBefore: 20, spaceAfter: 8 },
    3: { size: 11.5, spaceBefore: 12, spaceAfter: 5 },
    4: { size: 10.5, spaceBefore: 8, spaceAfter: 4 },
  } satisfies Record<HeadingLevel, HeadingStyle>,
  /** Space between blocks (paragraphs, lists) in running text and inside list items. */
  gap: { block: 8, listItem: 3.5, inItem: 4 },
  list: {
    /** Distance from the list's left edge to the bullet. */
    bulletInset: 3,
    /** Distance from the list's left edge to the item text; nested lists add it again. */
    indent: 17,
  },
  blockQuoteIndent: 14,
  colors: {
    text: "#1b1b1b",
    heading: "#12355b",
    link: "#0b4fa8",
    muted: "#4f4f4f",
    rule: "#b8c2cc",
  },
} as const;

export type HeadingLevel = 1 | 2 | 3 | 4;

/** A horizontal band of the page that a block is laid out in. */
export interface Box {
  readonly left: number;
  readonly width: number;
}

export function insetBox(box: Box, by: number): Box {
  return { left: box.left + by, width: Math.max(box.width - by, 1) };
}
