/**
 * Policy → NoticeDocument: decides reading order, chapter numbering, headings, anchors and the
 * generated sentences (lists of chapters, last-updated line), so that every output reads alike.
 */
import type { BlockContent, DefinitionContent, List, ListItem, Paragraph, Root, RootContent } from "mdast";
import {
  isNotApplicable,
  type Chapter,
  type Policy,
  type Purpose,
  type RetentionItem,
} from "../../model/index.js";
import { formatDate, labelsFor, romanNumeral, titleInSentence, type Labels } from "../labels/index.js";
import { AnchorRegistry } from "./anchors.js";
import { MarkdownParser } from "./markdown.js";
import type { ChapterKind, DocumentChapter, DocumentSection, NoticeDocument } from "./types.js";

export interface BuildDocumentOptions {
  /** Share one parser between the document and the JSON renderer, so each text is parsed once. */
  readonly parser?: MarkdownParser;
}

type Block = BlockContent | DefinitionContent;
type TopicKind = Exclude<ChapterKind, "subject">;

/** A chapter with its place in the notice, known before any content is built. */
interface PlannedChapter {
  readonly kind: ChapterKind;
  readonly id: string;
  readonly title: string;
  /** Wording in the introduction's list of chapters. */
  readonly label: string;
  readonly number: string;
  readonly anchor: string;
  readonly build: (anchor: string) => { lead: Root; sections: DocumentSection[] };
}

/** Builds the neutral document every renderer reads. Pure: same policy, same document. */
export function buildNoticeDocument(policy: Policy, options: BuildDocumentOptions = {}): NoticeDocument {
  return new DocumentBuilder(policy, options.parser ?? new MarkdownParser()).build();
}

class DocumentBuilder {
  readonly #policy: Policy;
  readonly #md: MarkdownParser;
  readonly #labels: Labels;
  readonly #anchors = new AnchorRegistry();

  constructor(policy: Policy, parser: MarkdownParser) {
    this.#policy = policy;
    this.#md = parser;
    this.#labels = labelsFor(policy.language);
  }

  build(): NoticeDocument {
    const policy = this.#policy;
    const labels = this.#labels;
    const planned = this.#plan();
    const chapters: DocumentChapter[] = planned.map((chapter) => {
      const { lead, sections } = chapter.build(chapter.anchor);
      return {
        anchor: chapter.anchor,
        number: chapter.number,
        heading: `${labels.chapterWord} ${chapter.number}${labels.headingSeparator}${chapter.title}`,
        lead,
        sections,
        kind: chapter.kind,
        id: chapter.id,
        title: chapter.title,
        label: chapter.label,
      };
    });
    const lastUpdatedParts = policy.lastUpdated === undefined
      ? undefined
      : { ...labels.lastUpdated(titleInSentence(policy.title)), date: formatDate(policy.lastUpdated, labels) };
    return {
      id: policy.id,
      language: policy.language,
      locale: labels.locale,
      title: policy.title,
      author: policy.controller.name,
      lastUpdated: policy.lastUpdated,
      lastUpdatedText: lastUpdatedParts && `${lastUpdatedParts.before}${lastUpdatedParts.date}${lastUpdatedParts.after}`,
      lastUpdatedParts,
      version: policy.version,
      introduction: this.#introduction(planned),
      chapters,
    };
  }

  /** Numbers every chapter first, since the introduction lists them before any is written. */
  #plan(): PlannedChapter[] {
    const policy = this.#policy;
    const labels = this.#labels;
    const plans: Omit<PlannedChapter, "number" | "anchor">[] = policy.chapters.map((chapter) => ({
      kind: "subject",
      id: chapter.id,
      title: chapter.title,
      label: chapter.label ?? chapter.title,
      build: (anchor: string) => ({ lead: root([]), sections: this.#subjectSections(chapter, anchor) }),
    }));
    const topic = (kind: TopicKind, title: string | undefined, label: string | undefined, lead: Block[], sections?: (anchor: string) => DocumentSection[]): void => {
      const heading = title ?? labels.defaultTitles[kind];
      plans.push({
        kind,
        id: kind,
        title: heading,
        label: label ?? heading,
        build: (anchor) => ({ lead: root(lead), sections: sections ? sections(anchor) : [] }),
      });
    };
    const { transfers, security, automatedDecisionMaking: adm, rights, changes } = policy;
    if (transfers) {
      if (isNotApplicable(transfers)) topic("transfers", undefined, undefined, this.#blocks(transfers.notApplicable));
      else topic("transfers", transfers.title, transfers.label, this.#blocks(transfers.text));
    }
    if (security) topic("security", security.title, security.label, this.#blocks(security.text));
    if (adm) topic("automatedDecisionMaking", adm.title, adm.label, this.#blocks(adm.text));
    if (rights) {
      const contact = rights.contact;
      topic("rights", rights.title, rights.label, this.#blocks(rights.text), contact && ((anchor) => [{
        anchor: this.#anchors.claim(anchor, labels.sectionKeys.contact),
        heading: contact.title,
        content: root(this.#blocks(contact.text)),
        kind: "contact",
        id: "contact",
      }]));
    }
    if (changes?.text !== undefined) topic("changes", undefined, undefined, this.#blocks(changes.text));

    return plans.map((plan, index) => ({
      ...plan,
      number: romanNumeral(index + 1),
      anchor: this.#anchors.claim(labels.chapterWord, index + 1, plan.kind === "subject" ? plan.id : labels.chapterKeys[plan.kind]),
    }));
  }

  /** Introduction text, the generated lists of chapters, the topics lead and the closing text. */
  #introduction(planned: readonly PlannedChapter[]): Root {
    const intro = this.#policy.introduction;
    const labels = this.#labels;
    const subjects = planned.filter((chapter) => chapter.kind === "subject");
    const topics = planned.filter((chapter) => chapter.kind !== "subject");
    const entry = (chapter: PlannedChapter): string =>
      `${chapter.label}${chapter.kind === "subject" ? labels.subjectListSeparator : labels.topicListSeparator}${labels.chapterWord} ${chapter.number}`;
    const chapterList = (chapters: readonly PlannedChapter[]): List =>
      list(chapters.map((chapter, index) => [paragraph(
        entry(chapter) + (index === chapters.length - 1 ? labels.listLastItemEnd : labels.listItemEnd),
      )]));

    const blocks: Block[] = [...this.#blocks(intro.text)];
    if (intro.topicsLead !== undefined) {
      blocks.push(chapterList(subjects), ...this.#blocks(intro.topicsLead));
      if (topics.length > 0) blocks.push(chapterList(topics));
    } else {
      // Without a sentence to introduce them, the notice-wide chapters join the one list.
      blocks.push(chapterList(planned));
    }
    if (intro.closing !== undefined) blocks.push(...this.#blocks(intro.closing));
    return root(blocks);
  }

  #subjectSections(chapter: Chapter, chapterAnchor: string): DocumentSection[] {
    const labels = this.#labels;
    const sections: DocumentSection[] = [];
    const add = (kind: Exclude<DocumentSection["kind"], "section" | "contact">, content: Block[]): void => {
      sections.push({
        anchor: this.#anchors.claim(chapterAnchor, labels.sectionKeys[kind]),
        heading: labels.sections[kind],
        content: root(content),
        kind,
        id: kind,
      });
    };

    const { collection, provision, categories, purposes, withdrawal, recipients, retention } = chapter;
    if (collection || provision) {
      const content: Block[] = [];
      if (collection) {
        content.push(...this.#blocks(collection.text));
        if (collection.items) content.push(list(collection.items.map((item) => this.#blocks(item.text))));
        if (collection.after !== undefined) content.push(...this.#blocks(collection.after));
      }
      if (provision) content.push(...this.#blocks(isNotApplicable(provision) ? provision.notApplicable : provision.text));
      add("collection", content);
    }
    if (categories) {
      const items = categories.items.map((item) => this.#blocks(item.text));
      add("categories", [
        ...this.#optionalBlocks(categories.text),
        ...(categories.layout === "paragraphs" ? items.flat() : [list(items)]),
        ...this.#optionalBlocks(categories.after),
      ]);
    }
    if (purposes) {
      add("purposes", [
        ...this.#optionalBlocks(purposes.text),
        list(purposes.items.map((purpose) => this.#purpose(purpose))),
        ...this.#optionalBlocks(purposes.after),
      ]);
    }
    if (withdrawal) add("withdrawal", this.#blocks(withdrawal.text));
    if (recipients) {
      add("recipients", isNotApplicable(recipients)
        ? this.#blocks(recipients.notApplicable)
        : [...this.#blocks(recipients.text), ...(recipients.items ? [list(recipients.items.map((item) => this.#blocks(item.text)))] : [])]);
    }
    if (retention) {
      const items = retention.items.map((item) => this.#retentionItem(item));
      add("retention", [
        ...this.#optionalBlocks(retention.text),
        ...(retention.layout === "paragraphs" ? items.flat() : [list(items)]),
      ]);
    }
    for (const section of chapter.sections ?? []) {
      sections.push({
        anchor: this.#anchors.claim(chapterAnchor, section.id),
        heading: section.title,
        content: root(this.#blocks(section.text)),
        kind: "section",
        id: section.id,
      });
    }
    return sections;
  }

  /** A purpose's list item: its text, its legitimate interest in the same paragraph, its sub-purposes. */
  #purpose(purpose: Purpose): Block[] {
    const blocks = this.#blocks(purpose.text);
    if (purpose.legitimateInterest !== undefined) {
      const interest = this.#blocks(purpose.legitimateInterest);
      const last = blocks.at(-1);
      const first = interest[0];
      if (last?.type === "paragraph" && first?.type === "paragraph") {
        last.children.push({ type: "text", value: " " }, ...first.children);
        interest.shift();
      }
      blocks.push(...interest);
    }
    if (purpose.items) blocks.push(list(purpose.items.map((item) => this.#purpose(item))));
    return blocks;
  }

  #retentionItem(item: RetentionItem): Block[] {
    const blocks = this.#blocks(item.text);
    if (item.items) blocks.push(list(item.items.map((sub) => this.#blocks(sub.text))));
    return blocks;
  }

  #blocks(markdown: string): Block[] {
    return this.#md.blocks(markdown) as Block[];
  }

  #optionalBlocks(markdown: string | undefined): Block[] {
    return markdown === undefined ? [] : this.#blocks(markdown);
  }
}

function root(children: readonly RootContent[]): Root {
  return { type: "root", children: [...children] };
}

function paragraph(text: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}

/** A bulleted list; an item is loose only when it holds more than one block besides sub-lists. */
function list(items: readonly Block[][]): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({
      type: "listItem",
      spread: children.filter((child) => child.type !== "list").length > 1,
      children,
    })),
  };
}
