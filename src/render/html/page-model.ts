/**
 * NoticeDocument → the data the Handlebars templates read. Prose arrives here as sanitised HTML
 * fragments (the only values templates print unescaped, with `{{{ }}}`); every other value is
 * plain text that Handlebars escapes.
 */
import { toolVersion } from "../../version.js";
import type { MarkdownParser } from "../document/markdown.js";
import type { NoticeDocument } from "../document/types.js";
import { labelsFor, type Labels } from "../labels/index.js";
import { toHtmlFragment } from "./fragment.js";
import type { Furniture } from "./site-config.js";

export interface SectionView {
  readonly anchor: string;
  readonly heading: string;
  readonly html: string;
}

export interface ChapterView {
  readonly anchor: string;
  readonly heading: string;
  readonly leadHtml: string;
  readonly sections: readonly SectionView[];
}

export interface FurnitureView {
  readonly headerHtml: string;
  readonly footerHtml: string;
  readonly callToAction: readonly { readonly title: string; readonly html: string }[];
}

export interface NoticePage {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  /** `<title>`: the notice title and the controller. */
  readonly pageTitle: string;
  readonly author: string;
  readonly lastUpdated: { readonly iso: string; readonly before: string; readonly date: string; readonly after: string } | undefined;
  readonly introHtml: string;
  readonly chapters: readonly ChapterView[];
  readonly files: { readonly pdf: string; readonly json: string; readonly markdown: string };
  readonly labels: Labels["page"];
  readonly furniture: FurnitureView;
  readonly generator: { readonly name: string; readonly version: string };
}

export interface IndexPage {
  readonly lang: string;
  readonly labels: Labels["page"];
  readonly generator: { readonly name: string; readonly version: string };
  readonly notices: readonly { readonly id: string; readonly title: string; readonly author: string; readonly lang: string; readonly lastUpdated: string | undefined; readonly href: string }[];
}

const generator = { name: "privacy-notice", version: toolVersion };

/** The template data of one notice page. */
export function noticePage(document: NoticeDocument, furniture: Furniture, parser: MarkdownParser): NoticePage {
  const labels = labelsFor(document.language);
  return {
    id: document.id,
    lang: document.language,
    title: document.title,
    pageTitle: `${document.title} – ${document.author}`,
    author: document.author,
    lastUpdated: document.lastUpdated !== undefined && document.lastUpdatedParts
      ? { iso: document.lastUpdated, ...document.lastUpdatedParts }
      : undefined,
    introHtml: toHtmlFragment(document.introduction, { headingOffset: 1 }),
    chapters: document.chapters.map((chapter) => ({
      anchor: chapter.anchor,
      heading: chapter.heading,
      leadHtml: toHtmlFragment(chapter.lead, { headingOffset: 2 }),
      sections: chapter.sections.map((section) => ({
        anchor: section.anchor,
        heading: section.heading,
        html: toHtmlFragment(section.content, { headingOffset: 3 }),
      })),
    })),
    files: { pdf: `${document.id}.pdf`, json: `${document.id}.json`, markdown: `${document.id}.md` },
    labels: labels.page,
    furniture: furnitureView(furniture, parser),
    generator,
  };
}

/** The template data of the list of notices (dist/index.html). */
export function indexPage(documents: readonly NoticeDocument[]): IndexPage {
  const first = documents[0];
  const language = first?.language ?? "nl";
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    lang: language,
    labels: labelsFor(language).page,
    generator,
    notices: sorted.map((document) => ({
      id: document.id,
      title: document.title,
      author: document.author,
      lang: document.language,
      lastUpdated: document.lastUpdatedParts?.date,
      href: `${document.id}/`,
    })),
  };
}

function furnitureView(furniture: Furniture, parser: MarkdownParser): FurnitureView {
  const html = (markdown: string | undefined, headingOffset: number): string =>
    markdown === undefined ? "" : toHtmlFragment(parser.parse(markdown), { headingOffset });
  return {
    headerHtml: html(furniture.header, 1),
    footerHtml: html(furniture.footer, 2),
    callToAction: (furniture.callToAction ?? []).map((block) => ({ title: block.title, html: html(block.text, 2) })),
  };
}
