/**
 * The JSON format for websites (`dist/<id>/<id>.json`), version 1. Documented in
 * docs/json-format.md and described by schema/notice-json.schema.json. Optional members are left
 * out when the policy does not give them, except `lastUpdated`, `lastUpdatedText` and `version`,
 * which are always present (null when unknown). Every text is a {@link JsonText}.
 */

/** Bumped only for changes that break consumers; additions keep the version. */
export const NOTICE_JSON_FORMAT_VERSION = 1;
export const NOTICE_JSON_SCHEMA_ID = "https://privacy-notice.dev/schema/notice-json/1.json";

/** A text block as the editor wrote it (Markdown) and as sanitised HTML, ready to insert. */
export interface JsonText {
  readonly markdown: string;
  readonly html: string;
}

export interface JsonCode {
  readonly code: string;
  /** W3C DPV 2.3 concept. */
  readonly iri: string;
}

export interface JsonNotApplicable {
  readonly notApplicable: JsonText;
}

export interface JsonContactPoint {
  readonly id: string;
  readonly label?: string;
  readonly roles: readonly string[];
  readonly email?: string;
  readonly phone?: string;
  readonly postalAddress?: string;
  readonly url?: string;
}

export interface JsonController {
  readonly name: string;
  readonly legalName?: string;
  readonly includesAffiliates?: boolean;
  readonly group?: string;
  readonly establishedInEU?: boolean;
  readonly publicAuthority?: boolean;
  readonly contactPoints: readonly JsonContactPoint[];
  readonly representative?: { readonly name: string; readonly contact: Omit<JsonContactPoint, "id"> } | JsonNotApplicable;
  readonly dpo?: { readonly name?: string; readonly contact: Omit<JsonContactPoint, "id"> } | JsonNotApplicable;
  readonly jointControllers?: readonly { readonly name: string; readonly essence?: JsonText; readonly contactPoint?: string }[] | JsonNotApplicable;
  readonly codesOfConduct?: readonly { readonly name: string; readonly url?: string }[];
}

export interface JsonSource {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly publiclyAccessible?: boolean;
  readonly sector?: string;
}

export interface JsonRecipient {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** DPV concept of the recipient's kind. */
  readonly iri: string;
  readonly named?: boolean;
  readonly sector?: string;
  readonly countries?: readonly string[];
}

export interface JsonRetentionRule {
  readonly id: string;
  /** ISO 8601 duration, e.g. `P2Y`; `P0D` means immediately. */
  readonly period?: string;
  readonly trigger?: string;
  readonly statute?: string;
  readonly criteria?: string;
}

export interface JsonPurpose {
  readonly id?: string;
  readonly text: JsonText;
  readonly legalBases: readonly JsonCode[];
  readonly legitimateInterest?: JsonText;
  readonly balancingTestOnRequest?: boolean;
  readonly lawReference?: string;
  readonly art9Condition?: JsonCode;
  readonly art9LawReference?: string;
  readonly directMarketing?: boolean;
  readonly profiling?: boolean;
  readonly items?: readonly JsonPurpose[];
}

/** Where a part of a chapter is on the HTML page. */
export interface JsonPlaced {
  readonly anchor: string;
  readonly heading: string;
}

export interface JsonSubjectChapter extends JsonChapterBase {
  readonly kind: "subject";
  readonly dataSubjects?: readonly string[];
  readonly audienceIncludesChildren?: boolean;
  readonly collection?: JsonPlaced & {
    readonly direct?: boolean;
    readonly indirect?: boolean;
    readonly text: JsonText;
    readonly items?: readonly { readonly text: JsonText; readonly source?: JsonSource }[];
    readonly after?: JsonText;
    readonly sources?: readonly JsonSource[];
    readonly timing?: JsonText;
    readonly exemption?: { readonly ground: string; readonly measures?: JsonText };
  };
  readonly provision?: { readonly requirement: readonly string[]; readonly text: JsonText; readonly consequences?: JsonText } | JsonNotApplicable;
  readonly categories?: JsonPlaced & {
    readonly layout: "list" | "paragraphs";
    readonly text?: JsonText;
    readonly items: readonly {
      readonly id?: string;
      readonly text: JsonText;
      readonly special?: boolean;
      readonly criminal?: boolean;
      readonly nationalId?: boolean;
      readonly nationalIdBasis?: string;
      readonly indirect?: boolean;
    }[];
    readonly after?: JsonText;
  };
  readonly purposes?: JsonPlaced & { readonly text?: JsonText; readonly items: readonly JsonPurpose[]; readonly after?: JsonText };
  readonly withdrawal?: JsonPlaced & {
    readonly text: JsonText;
    readonly methods?: readonly string[];
    readonly anyTime?: boolean;
    readonly earlierProcessingStaysLawful?: boolean;
  };
  readonly recipients?: JsonPlaced & (
    | { readonly text: JsonText; readonly items?: readonly { readonly text: JsonText; readonly recipient?: JsonRecipient }[]; readonly recipients?: readonly JsonRecipient[] }
    | JsonNotApplicable
  );
  readonly retention?: JsonPlaced & {
    readonly layout: "list" | "paragraphs";
    readonly text?: JsonText;
    readonly items: readonly {
      readonly text: JsonText;
      readonly rules?: readonly JsonRetentionRule[];
      readonly purposes?: readonly string[];
      readonly categories?: readonly string[];
      readonly items?: readonly { readonly text: JsonText; readonly rules?: readonly JsonRetentionRule[] }[];
    }[];
  };
  /** Keys of the transfers (in the transfers chapter) that concern this chapter. */
  readonly transfers?: readonly string[];
  readonly sections?: readonly (JsonPlaced & { readonly id: string; readonly text: JsonText })[];
}

export interface JsonChapterBase {
  readonly kind: string;
  readonly id: string;
  /** Roman numeral as published. */
  readonly number: string;
  readonly anchor: string;
  /** Full heading as published ("Hoofdstuk I - …"). */
  readonly heading: string;
  readonly title: string;
  /** Wording in the introduction's list of chapters. */
  readonly label: string;
}

export interface JsonTransfersChapter extends JsonChapterBase {
  readonly kind: "transfers";
  readonly text?: JsonText;
  readonly notApplicable?: JsonText;
  readonly transfers?: readonly {
    readonly id: string;
    readonly recipients?: readonly JsonRecipient[];
    readonly countries?: readonly string[];
    readonly mechanisms?: readonly JsonCode[];
    readonly mechanismsExhaustive?: boolean;
    readonly justifiedBy?: readonly JsonCode[];
    readonly copyAvailable?: JsonText;
    readonly compellingInterest?: JsonText;
  }[];
}

export interface JsonTextChapter extends JsonChapterBase {
  readonly kind: "security" | "changes";
  readonly text: JsonText;
}

export interface JsonAdmChapter extends JsonChapterBase {
  readonly kind: "automatedDecisionMaking";
  readonly text: JsonText;
  readonly exists: boolean;
  readonly logic?: JsonText;
  readonly consequences?: JsonText;
  readonly basis?: string;
  readonly safeguards?: readonly string[];
}

export interface JsonRightsChapter extends JsonChapterBase {
  readonly kind: "rights";
  readonly text: JsonText;
  readonly rights: readonly JsonCode[];
  readonly blanketCaveat?: boolean;
  readonly objectionSeparate?: boolean;
  readonly howToExercise?: readonly JsonContactPoint[];
  readonly complaint?: { readonly authority?: string; readonly url?: string; readonly residenceOption?: boolean };
  readonly contact?: JsonPlaced & { readonly text: JsonText; readonly deferredToWebsite?: boolean };
}

export type JsonChapter = JsonSubjectChapter | JsonTransfersChapter | JsonTextChapter | JsonAdmChapter | JsonRightsChapter;

export interface NoticeJson {
  readonly $schema: string;
  readonly formatVersion: number;
  readonly id: string;
  readonly language: "nl" | "en";
  readonly title: string;
  readonly lastUpdated: string | null;
  readonly lastUpdatedText: string | null;
  readonly version: string | null;
  readonly generator: { readonly name: string; readonly version: string };
  /** `sha256:` + hex SHA-256 of the canonical content (see {@link contentHashOf}). */
  readonly contentHash: string;
  readonly controller: JsonController;
  readonly introduction: { readonly text: JsonText; readonly topicsLead?: JsonText; readonly closing?: JsonText };
  readonly chapters: readonly JsonChapter[];
  readonly changes?: { readonly notification: string; readonly furtherProcessing?: boolean; readonly informBeforeFurtherProcessing?: boolean };
}
