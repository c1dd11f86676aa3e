/**
 * The change list of `privacy-notice diff`: what changed in meaning between two versions of a policy,
 * and whether data subjects must be told (Art. 13(3) and 14(4) GDPR; WP260 rev.01 para 29–31).
 */
import type { LocalizedText } from "../diagnostics/index.js";

export type ChangeKind =
  | "chapter-added"
  | "chapter-removed"
  | "purpose-added"
  | "purpose-removed"
  | "legal-basis-changed"
  | "legitimate-interest-changed"
  | "category-added"
  | "category-removed"
  | "category-flags-changed"
  | "recipient-added"
  | "recipient-removed"
  | "recipient-changed"
  | "source-added"
  | "source-removed"
  | "source-changed"
  | "retention-changed"
  | "retention-reference-changed"
  | "transfer-added"
  | "transfer-removed"
  | "country-added"
  | "country-removed"
  | "mechanism-added"
  | "mechanism-removed"
  | "right-added"
  | "right-removed"
  | "controller-changed"
  | "wording-changed"
  | "metadata-changed"
  | "field-changed"
  | "reordered";

/** Every change kind, in the order the documentation lists them. */
export const changeKinds: readonly ChangeKind[] = [
  "chapter-added",
  "chapter-removed",
  "purpose-added",
  "purpose-removed",
  "legal-basis-changed",
  "legitimate-interest-changed",
  "category-added",
  "category-removed",
  "category-flags-changed",
  "recipient-added",
  "recipient-removed",
  "recipient-changed",
  "source-added",
  "source-removed",
  "source-changed",
  "retention-changed",
  "retention-reference-changed",
  "transfer-added",
  "transfer-removed",
  "country-added",
  "country-removed",
  "mechanism-added",
  "mechanism-removed",
  "right-added",
  "right-removed",
  "controller-changed",
  "wording-changed",
  "metadata-changed",
  "field-changed",
  "reordered",
];

/**
 * `material`: data subjects must be told before it takes effect (new purposes, bases, recipients,
 * longer retention, fewer rights…). `editorial`: publishing the updated notice is enough.
 */
export type Classification = "material" | "editorial";

/** A JSON value as it appears in the policy. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface PolicyChange {
  readonly kind: ChangeKind;
  /** RFC 6901 JSON Pointer of the changed value, in the policy named by `pathIn`. */
  readonly path: string;
  /** `new` for values that exist in the new policy; `old` for values that were removed. */
  readonly pathIn: "new" | "old";
  /** The value before (null when added). */
  readonly before: JsonValue;
  /** The value after (null when removed). */
  readonly after: JsonValue;
  readonly classification: Classification;
  /** Why the change is material or editorial. */
  readonly reason: LocalizedText;
  /** The change in plain words, one sentence (the Markdown report's bullet). */
  readonly summary: LocalizedText;
}

/** Identifies one side of the comparison in reports. */
export interface DiffSide {
  /** The path or `git:<rev>:<path>` as given. */
  readonly label: string;
  readonly id: string;
  readonly version: string | null;
  readonly lastUpdated: string | null;
}

export interface DiffResult {
  readonly old: DiffSide;
  readonly new: DiffSide;
  readonly changes: readonly PolicyChange[];
}
