/**
 * NoticeDocument + policy → the JSON for websites. The document gives numbering, headings and
 * anchors (so the JSON points into the HTML page); the policy gives the structured meaning
 * (codes with their DPV IRIs). Keys are written in one fixed order, so the bytes are stable.
 */
import { createHash } from "node:crypto";
import {
  basesOf,
  GDPR,
  isNotApplicable,
  legalBasisIri,
  recipientKindIri,
  rightIri,
  transferMechanismIri,
  type Chapter,
  type ContactPoint,
  type Policy,
  type Purpose,
} from "../../model/index.js";
import { toolVersion } from "../../version.js";
import type { MarkdownParser } from "../document/markdown.js";
import type { DocumentChapter, NoticeDocument, SectionKind } from "../document/types.js";
import { toHtmlFragment } from "../html/fragment.js";
import {
  NOTICE_JSON_FORMAT_VERSION,
  NOTICE_JSON_SCHEMA_ID,
  type JsonChapter,
  type JsonCode,
  type JsonContactPoint,
  type JsonController,
  type JsonPlaced,
  type JsonPurpose,
  type JsonRecipient,
  type JsonRetentionRule,
  type JsonSource,
  type JsonSubjectChapter,
  type JsonText,
  type NoticeJson,
} from "./types.js";

/** The JSON object of a notice. `parser` must be the one the document was built with. */
export function noticeJson(policy: Policy, document: NoticeDocument, parser: MarkdownParser): NoticeJson {
  const writer = new JsonWriter(policy, parser);
  const content = {
    id: policy.id,
    language: policy.language,
    title: policy.title,
    lastUpdated: policy.lastUpdated ?? null,
    lastUpdatedText: document.lastUpdatedText ?? null,
    version: policy.version ?? null,
    controller: writer.controller(),
    introduction: compact({
      text: writer.text(policy.introduction.text),
      topicsLead: writer.optionalText(policy.introduction.topicsLead),
      closing: writer.optionalText(policy.introduction.closing),
    }),
    chapters: document.chapters.map((chapter) => writer.chapter(chapter)),
    changes: policy.changes && compact({
      notification: policy.changes.notification,
      furtherProcessing: policy.changes.furtherProcessing,
      informBeforeFurtherProcessing: policy.changes.informBeforeFurtherProcessing,
    }),
  };
  const hashed = compact(content) as Omit<NoticeJson, "$schema" | "formatVersion" | "generator" | "contentHash">;
  const contentHash = contentHashOf(hashed);
  return {
    $schema: NOTICE_JSON_SCHEMA_ID,
    formatVersion: NOTICE_JSON_FORMAT_VERSION,
    id: hashed.id,
    language: hashed.language,
    title: hashed.title,
    lastUpdated: hashed.lastUpdated,
    lastUpdatedText: hashed.lastUpdatedText,
    version: hashed.version,
    generator: { name: "privacy-notice", version: toolVersion },
    contentHash,
    ...withoutHeader(hashed),
  };
}

/** The file's text: two-space indentation and a final newline. */
export function renderNoticeJson(policy: Policy, document: NoticeDocument, parser: MarkdownParser): string {
  return `${JSON.stringify(noticeJson(policy, document, parser), null, 2)}\n`;
}

/** Members outside the hash: they describe the file, not the notice. */
const unhashedKeys = ["$schema", "formatVersion", "generator", "contentHash"] as const;

/**
 * `sha256:` + hex SHA-256 of `JSON.stringify` (no spaces) of the notice without `$schema`,
 * `formatVersion`, `generator` and `contentHash`, keys in the order the file has them. A consumer
 * recomputes it by parsing the file, deleting those four members and stringifying the rest.
 */
export function contentHashOf(notice: object): string {
  const rest: Record<string, unknown> = { ...notice };
  for (const key of unhashedKeys) delete rest[key];
  return `sha256:${createHash("sha256").update(JSON.stringify(rest)).digest("hex")}`;
}

function withoutHeader<T extends { id: unknown; language: unknown; title: unknown; lastUpdated: unknown; lastUpdatedText: unknown; version: unknown }>(value: T): Omit<T, "id" | "language" | "title" | "lastUpdated" | "lastUpdatedText" | "version"> {
  const { id: _id, language: _language, title: _title, lastUpdated: _lastUpdated, lastUpdatedText: _text, version: _version, ...rest } = value;
  return rest;
}

class JsonWriter {
  readonly #policy: Policy;
  readonly #parser: MarkdownParser;

  constructor(policy: Policy, parser: MarkdownParser) {
    this.#policy = policy;
    this.#parser = parser;
  }

  text(markdown: string): JsonText {
    return { markdown, html: toHtmlFragment(this.#parser.parse(markdown)) };
  }

  optionalText(markdown: string | undefined): JsonText | undefined {
    return markdown === undefined ? undefined : this.text(markdown);
  }

  controller(): JsonController {
    const controller = this.#policy.controller;
    const { representative, dpo, jointControllers } = controller;
    return compact({
      name: controller.name,
      legalName: controller.legalName,
      includesAffiliates: controller.includesAffiliates,
      group: controller.group,
      establishedInEU: controller.establishedInEU,
      publicAuthority: controller.publicAuthority,
      contactPoints: Object.keys(controller.contactPoints ?? {}).map((id) => this.contactPoint(id)),
      representative: representative && (isNotApplicable(representative)
        ? this.notApplicable(representative.notApplicable)
        : { name: representative.name, contact: contactFields(representative.contact) }),
      dpo: dpo && (isNotApplicable(dpo)
        ? this.notApplicable(dpo.notApplicable)
        : compact({ name: dpo.name, contact: contactFields(dpo.contact) })),
      jointControllers: jointControllers && (isNotApplicable(jointControllers)
        ? this.notApplicable(jointControllers.notApplicable)
        : jointControllers.map((joint) => compact({ name: joint.name, essence: this.optionalText(joint.essence), contactPoint: joint.contactPoint }))),
      codesOfConduct: controller.codesOfConduct?.map((code) => compact({ name: code.name, url: code.url })),
    });
  }

  contactPoint(id: string): JsonContactPoint {
    const point = this.#policy.controller.contactPoints?.[id];
    return point ? { id, ...contactFields(point) } : { id, roles: [] };
  }

  notApplicable(markdown: string): { notApplicable: JsonText } {
    return { notApplicable: this.text(markdown) };
  }

  chapter(chapter: DocumentChapter): JsonChapter {
    const base = { kind: chapter.kind, id: chapter.id, number: chapter.number, anchor: chapter.anchor, heading: chapter.heading, title: chapter.title, label: chapter.label };
    const policy = this.#policy;
    switch (chapter.kind) {
      case "subject": {
        const source = policy.chapters.find((candidate) => candidate.id === chapter.id);
        if (!source) throw new Error(`No policy chapter ${chapter.id}`);
        return this.subjectChapter(base, source, chapter);
      }
      case "transfers": {
        const transfers = policy.transfers;
        if (!transfers || isNotApplicable(transfers)) {
          return { ...base, kind: "transfers", ...(transfers ? { notApplicable: this.text(transfers.notApplicable) } : {}) };
        }
        return {
          ...base,
          kind: "transfers",
          text: this.text(transfers.text),
          transfers: Object.entries(transfers.transfers).flatMap(([id, transfer]) => transfer ? [compact({
            id,
            recipients: transfer.recipients?.map((key) => this.recipient(key)),
            countries: transfer.countries,
            mechanisms: transfer.mechanisms?.map((code) => ({ code, iri: transferMechanismIri[code] })),
            mechanismsExhaustive: transfer.mechanismsExhaustive,
            justifiedBy: transfer.justifiedBy?.map(legalBasisCode),
            copyAvailable: this.optionalText(transfer.copyAvailable),
            compellingInterest: this.optionalText(transfer.compellingInterest),
          })] : []),
        };
      }
      case "security":
        return { ...base, kind: "security", text: this.text(policy.security?.text ?? "") };
      case "changes":
        return { ...base, kind: "changes", text: this.text(policy.changes?.text ?? "") };
      case "automatedDecisionMaking": {
        const adm = policy.automatedDecisionMaking;
        if (!adm) throw new Error("No automatedDecisionMaking in the policy");
        return compact({
          ...base,
          kind: "automatedDecisionMaking" as const,
          text: this.text(adm.text),
          exists: adm.exists,
          logic: this.optionalText(adm.logic),
          consequences: this.optionalText(adm.consequences),
          basis: adm.basis,
          safeguards: adm.safeguards,
        });
      }
      case "rights": {
        const rights = policy.rights;
        if (!rights) throw new Error("No rights in the policy");
        const contactSection = chapter.sections.find((section) => section.kind === "contact");
        return compact({
          ...base,
          kind: "rights" as const,
          text: this.text(rights.text),
          rights: rights.rights.map((code) => ({ code, iri: rightIri[code] })),
          blanketCaveat: rights.blanketCaveat,
          objectionSeparate: rights.objectionSeparate,
          howToExercise: rights.howToExercise?.map((id) => this.contactPoint(id)),
          complaint: rights.complaint && compact({ authority: rights.complaint.authority, url: rights.complaint.url, residenceOption: rights.complaint.residenceOption }),
          contact: rights.contact && contactSection && compact({
            anchor: contactSection.anchor,
            heading: contactSection.heading,
            text: this.text(rights.contact.text),
            deferredToWebsite: rights.contact.deferredToWebsite,
          }),
        });
      }
    }
  }

  subjectChapter(base: Omit<JsonSubjectChapter, "kind"> & { kind: string }, chapter: Chapter, document: DocumentChapter): JsonSubjectChapter {
    const placed = (kind: SectionKind): JsonPlaced => {
      const section = document.sections.find((candidate) => candidate.kind === kind);
      if (!section) throw new Error(`No ${kind} section in chapter ${chapter.id}`);
      return { anchor: section.anchor, heading: section.heading };
    };
    const { collection, provision, categories, purposes, withdrawal, recipients, retention } = chapter;
    return compact({
      ...base,
      kind: "subject" as const,
      dataSubjects: chapter.dataSubjects,
      audienceIncludesChildren: chapter.audienceIncludesChildren,
      collection: collection && compact({
        ...placed("collection"),
        direct: collection.direct,
        indirect: collection.indirect,
        text: this.text(collection.text),
        items: collection.items?.map((item) => compact({ text: this.text(item.text), source: item.source === undefined ? undefined : this.source(item.source) })),
        after: this.optionalText(collection.after),
        sources: collection.sources?.map((id) => this.source(id)),
        timing: this.optionalText(collection.timing),
        exemption: collection.exemption && compact({ ground: collection.exemption.ground, measures: this.optionalText(collection.exemption.measures) }),
      }),
      provision: provision && (isNotApplicable(provision)
        ? this.notApplicable(provision.notApplicable)
        : compact({ requirement: provision.requirement, text: this.text(provision.text), consequences: this.optionalText(provision.consequences) })),
      categories: categories && compact({
        ...placed("categories"),
        layout: categories.layout ?? "list",
        text: this.optionalText(categories.text),
        items: categories.items.map((item) => compact({
          id: item.id,
          text: this.text(item.text),
          special: item.special,
          criminal: item.criminal,
          nationalId: item.nationalId,
          nationalIdBasis: item.nationalIdBasis,
          indirect: item.indirect,
        })),
        after: this.optionalText(categories.after),
      }),
      purposes: purposes && compact({
        ...placed("purposes"),
        text: this.optionalText(purposes.text),
        items: purposes.items.map((purpose) => this.purpose(purpose)),
        after: this.optionalText(purposes.after),
      }),
      withdrawal: withdrawal && compact({
        ...placed("withdrawal"),
        text: this.text(withdrawal.text),
        methods: withdrawal.methods,
        anyTime: withdrawal.anyTime,
        earlierProcessingStaysLawful: withdrawal.earlierProcessingStaysLawful,
      }),
      recipients: recipients && (isNotApplicable(recipients)
        ? { ...placed("recipients"), ...this.notApplicable(recipients.notApplicable) }
        : compact({
          ...placed("recipients"),
          text: this.text(recipients.text),
          items: recipients.items?.map((item) => compact({ text: this.text(item.text), recipient: item.recipient === undefined ? undefined : this.recipient(item.recipient) })),
          recipients: recipients.recipients?.map((id) => this.recipient(id)),
        })),
      retention: retention && compact({
        ...placed("retention"),
        layout: retention.layout ?? "list",
        text: this.optionalText(retention.text),
        items: retention.items.map((item) => compact({
          text: this.text(item.text),
          rules: item.rules?.map((id) => this.retentionRule(id)),
          purposes: item.purposes,
          categories: item.categories,
          items: item.items?.map((sub) => compact({ text: this.text(sub.text), rules: sub.rules?.map((id) => this.retentionRule(id)) })),
        })),
      }),
      transfers: chapter.transfers,
      sections: chapter.sections?.map((section) => {
        const placedSection = document.sections.find((candidate) => candidate.kind === "section" && candidate.id === section.id);
        return {
          id: section.id,
          anchor: placedSection?.anchor ?? "",
          heading: section.title,
          text: this.text(section.text),
        };
      }),
    });
  }

  purpose(purpose: Purpose): JsonPurpose {
    return compact({
      id: purpose.id,
      text: this.text(purpose.text),
      legalBases: basesOf(purpose).map(legalBasisCode),
      legitimateInterest: this.optionalText(purpose.legitimateInterest),
      balancingTestOnRequest: purpose.balancingTestOnRequest,
      lawReference: purpose.lawReference,
      art9Condition: purpose.art9Condition && { code: purpose.art9Condition, iri: `${GDPR}A9-2-${purpose.art9Condition.slice("art9-2-".length)}` },
      art9LawReference: purpose.art9LawReference,
      directMarketing: purpose.directMarketing,
      profiling: purpose.profiling,
      items: purpose.items?.map((item) => this.purpose(item)),
    });
  }

  source(id: string): JsonSource {
    const source = this.#policy.sources?.[id];
    // Dangling references are stopped by validation; the key alone keeps the JSON honest anyway.
    if (!source) return { id, name: id, kind: "other" };
    return compact({ id, name: source.name, kind: source.kind, publiclyAccessible: source.publiclyAccessible, sector: source.sector });
  }

  recipient(id: string): JsonRecipient {
    const recipient = this.#policy.recipients?.[id];
    if (!recipient) return { id, name: id, kind: "other", iri: recipientKindIri.other };
    return compact({
      id,
      name: recipient.name,
      kind: recipient.kind,
      iri: recipientKindIri[recipient.kind],
      named: recipient.named,
      sector: recipient.sector,
      countries: recipient.countries,
    });
  }

  retentionRule(id: string): JsonRetentionRule {
    const rule = this.#policy.retentionRules?.[id];
    if (!rule) return { id };
    return compact({ id, period: rule.period, trigger: rule.trigger, statute: rule.statute, criteria: rule.criteria });
  }
}

function legalBasisCode(code: keyof typeof legalBasisIri): JsonCode {
  return { code, iri: legalBasisIri[code] };
}

function contactFields(point: ContactPoint): Omit<JsonContactPoint, "id"> {
  return compact({ label: point.label, roles: point.roles, email: point.email, phone: point.phone, postalAddress: point.postalAddress, url: point.url });
}

type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };

/** Drops undefined members, keeping the order of the rest (the order the file shows). */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as Compact<T>;
}
