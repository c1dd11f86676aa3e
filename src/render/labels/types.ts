/** The words a rendered notice adds around the editor's text, per notice language. */
export interface Labels {
  /** BCP 47 locale for `lang` attributes and PDF metadata. */
  readonly locale: string;
  /** "Hoofdstuk" — the word before a chapter's roman numeral. */
  readonly chapterWord: string;
  /** Between numeral and title in a chapter heading: "Hoofdstuk I - U bent …". */
  readonly headingSeparator: string;
  /** Between a subject chapter's label and its number in the introduction's list. */
  readonly subjectListSeparator: string;
  /** Between a notice-wide chapter's label and its number in the introduction's list. */
  readonly topicListSeparator: string;
  /** Punctuation after every item of the introduction's lists but the last, and after the last. */
  readonly listItemEnd: string;
  readonly listLastItemEnd: string;
  /** Standard section headings of a subject chapter, exactly as published. */
  readonly sections: {
    readonly collection: string;
    readonly categories: string;
    readonly purposes: string;
    readonly withdrawal: string;
    readonly recipients: string;
    readonly retention: string;
  };
  /** Short ASCII keys of the standard sections, for anchors. */
  readonly sectionKeys: {
    readonly collection: string;
    readonly categories: string;
    readonly purposes: string;
    readonly withdrawal: string;
    readonly recipients: string;
    readonly retention: string;
    readonly contact: string;
  };
  /** Headings of notice-wide chapters when the policy gives none (e.g. transfers: notApplicable). */
  readonly defaultTitles: {
    readonly transfers: string;
    readonly security: string;
    readonly automatedDecisionMaking: string;
    readonly rights: string;
    readonly changes: string;
  };
  /** Short ASCII keys of notice-wide chapters, for anchors. */
  readonly chapterKeys: {
    readonly transfers: string;
    readonly security: string;
    readonly automatedDecisionMaking: string;
    readonly rights: string;
    readonly changes: string;
  };
  readonly months: readonly string[];
  /** "Deze privacy melding is het laatst bijgewerkt op " + date + "." */
  lastUpdated(noticeName: string): { readonly before: string; readonly after: string };
  /** Words of the web page around the notice. */
  readonly page: {
    readonly skipLink: string;
    readonly toc: string;
    readonly downloads: string;
    readonly downloadPdf: string;
    readonly downloadJson: string;
    readonly downloadMarkdown: string;
    readonly noticesTitle: string;
    readonly noticesIntro: string;
    readonly furnitureLabel: string;
    readonly generatedBy: string;
  };
}
