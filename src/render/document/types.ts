/**
 * The notice as a neutral document: every renderer (HTML, PDF, Markdown, JSON) reads this one
 * structure, so the outputs cannot disagree about order, numbering, headings or wording.
 * Prose is carried as mdast (the Markdown syntax tree of remark), parsed once from the policy.
 */
import type { Root } from "mdast";

export interface NoticeDocument {
  readonly id: string;
  readonly language: "nl" | "en";
  /** BCP 47 tag for HTML `lang` and PDF metadata, e.g. `nl-NL`. */
  readonly locale: string;
  readonly title: string;
  /** Controller name, used as PDF author and page furniture. */
  readonly author: string;
  /** ISO date (YYYY-MM-DD) or undefined. */
  readonly lastUpdated: string | undefined;
  /** The generated last-updated line, e.g. "Deze privacy melding is het laatst bijgewerkt op 14 september 2022." */
  readonly lastUpdatedText: string | undefined;
  readonly version: string | undefined;
  /** Introduction blocks, including the generated lists of chapters, in reading order. */
  readonly introduction: Root;
  readonly chapters: readonly DocumentChapter[];
}

export interface DocumentChapter {
  /** Stable anchor, e.g. `hoofdstuk-1-websitebezoeker`. */
  readonly anchor: string;
  /** Roman numeral, e.g. `I`. */
  readonly number: string;
  /** The full heading as published, e.g. "Hoofdstuk I - U bent een websitebezoeker". */
  readonly heading: string;
  /** Content before the first section (may be empty). */
  readonly lead: Root;
  readonly sections: readonly DocumentSection[];
}

export interface DocumentSection {
  /** Stable anchor, e.g. `hoofdstuk-1-websitebezoeker-doelen-en-rechtsgronden`. */
  readonly anchor: string;
  /** Heading, e.g. "Doelen en rechtsgronden" (Dutch standard headings come from the renderer's labels). */
  readonly heading: string;
  readonly content: Root;
}
