/**
 * The notice as a neutral document: every renderer (HTML, PDF, Markdown, JSON) reads this one
 * structure, so the outputs cannot disagree about order, numbering, headings or wording.
 * Prose is carried as mdast (the Markdown syntax tree of remark), parsed once from the policy.
 * The trees never contain raw HTML (`html` nodes become literal text) nor source positions.
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
  /**
   * The same line in three parts, so a renderer can mark up the date (HTML `<time>`):
   * `before + date + after === lastUpdatedText`.
   */
  readonly lastUpdatedParts: { readonly before: string; readonly date: string; readonly after: string } | undefined;
  readonly version: string | undefined;
  /** Introduction blocks, including the generated lists of chapters, in reading order. */
  readonly introduction: Root;
  readonly chapters: readonly DocumentChapter[];
}

/** What a chapter is about: one group of data subjects, or one of the notice-wide topics. */
export type ChapterKind = "subject" | "transfers" | "security" | "automatedDecisionMaking" | "rights" | "changes";

/** What a section holds: one of the standard sections, an extra section, or the contact details. */
export type SectionKind =
  | "collection"
  | "categories"
  | "purposes"
  | "withdrawal"
  | "recipients"
  | "retention"
  | "section"
  | "contact";

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
  /** Added later (backward compatible): what the chapter is, its policy key and bare title. */
  readonly kind: ChapterKind;
  /** The policy's chapter id for subject chapters; the topic key (`transfers`, `rights`…) otherwise. */
  readonly id: string;
  /** The heading without "Hoofdstuk I - ". */
  readonly title: string;
  /** Its wording in the introduction's list of chapters (the policy's `label`, else the title). */
  readonly label: string;
}

export interface DocumentSection {
  /** Stable anchor, e.g. `hoofdstuk-1-websitebezoeker-doelen`. */
  readonly anchor: string;
  /** Heading, e.g. "Doelen en rechtsgronden" (Dutch standard headings come from the renderer's labels). */
  readonly heading: string;
  readonly content: Root;
  /** Added later (backward compatible): which section this is. */
  readonly kind: SectionKind;
  /** The section's policy id for extra sections; the kind otherwise. */
  readonly id: string;
}
