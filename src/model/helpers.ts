/** Small read-only views over a validated policy, shared by rules and renderers. */
import type { PolicyPath } from "../diagnostics/index.js";
import type { Chapter, LegalBasis, NotApplicable, PrivacyNoticePolicy as Policy, Purpose } from "./policy.generated.js";

/** A value that is explicitly "not applicable / none", with its reason. */
export function isNotApplicable(value: unknown): value is NotApplicable {
  return typeof value === "object" && value !== null && "notApplicable" in value;
}

/** The legal bases of a purpose as a list (a single code or a list in the YAML). */
export function basesOf(purpose: Purpose): readonly LegalBasis[] {
  if (purpose.legalBasis === undefined) return [];
  return typeof purpose.legalBasis === "string" ? [purpose.legalBasis] : purpose.legalBasis;
}

export interface LocatedPurpose {
  readonly purpose: Purpose;
  readonly path: PolicyPath;
  /** The group purposes enclosing this one, outermost first. */
  readonly groups: readonly Purpose[];
}

/** Every leaf purpose of a chapter (purposes without `items`), with its path. */
export function leafPurposes(chapter: Chapter, chapterPath: PolicyPath): LocatedPurpose[] {
  const found: LocatedPurpose[] = [];
  const visit = (items: readonly Purpose[], path: PolicyPath, groups: readonly Purpose[]): void => {
    items.forEach((purpose, index) => {
      const itemPath = [...path, index];
      if (purpose.items) visit(purpose.items, [...itemPath, "items"], [...groups, purpose]);
      else found.push({ purpose, path: itemPath, groups });
    });
  };
  if (chapter.purposes) visit(chapter.purposes.items, [...chapterPath, "purposes", "items"], []);
  return found;
}

/** Whether a chapter collects directly (Art. 13) and/or indirectly (Art. 14). */
export function collectionModes(chapter: Chapter): { readonly direct: boolean; readonly indirect: boolean } {
  return { direct: chapter.collection?.direct === true, indirect: chapter.collection?.indirect === true };
}

/** Paths of the groups enclosing a located purpose, outermost first (each group is `…items/<n>`). */
export function groupPaths(located: LocatedPurpose): PolicyPath[] {
  const depth = located.groups.length;
  return located.groups.map((_, index) => located.path.slice(0, located.path.length - 2 * (depth - index)));
}

/** A purpose field's value and the path where the policy states it. */
export interface StatedValue<T> {
  readonly value: T;
  readonly path: PolicyPath;
  /** The purpose (the leaf or a group) that states it. */
  readonly owner: Purpose;
}

/**
 * A field of a leaf purpose, or else of the innermost enclosing group that sets it: a group's text
 * ("op grond van ons gerechtvaardigde belang, om:") and its basis, interest or law cover its items.
 */
export function inheritedField<K extends keyof Purpose>(
  located: LocatedPurpose,
  key: K,
): StatedValue<NonNullable<Purpose[K]>> | undefined {
  const own = located.purpose[key];
  if (own !== undefined && own !== null) return { value: own, path: [...located.path, key], owner: located.purpose };
  const paths = groupPaths(located);
  for (let index = located.groups.length - 1; index >= 0; index--) {
    const group = located.groups[index];
    const value = group?.[key];
    const path = paths[index];
    if (group && value !== undefined && value !== null && path) return { value, path: [...path, key], owner: group };
  }
  return undefined;
}

/** The legal bases covering a leaf purpose (its own, or its innermost group's), and the purpose stating them. */
export interface CoveringBasis {
  readonly bases: readonly LegalBasis[];
  /** Path of the `legalBasis` field that states them. */
  readonly path: PolicyPath;
  /** Path of the purpose (the leaf or a group) whose `legalBasis` it is. */
  readonly ownerPath: PolicyPath;
  readonly owner: Purpose;
}

export function coveringBasis(located: LocatedPurpose): CoveringBasis | undefined {
  const stated = inheritedField(located, "legalBasis");
  if (!stated) return undefined;
  const bases = typeof stated.value === "string" ? [stated.value] : stated.value;
  return { bases, path: stated.path, ownerPath: stated.path.slice(0, -1), owner: stated.owner };
}

/** A leaf purpose together with its chapter. */
export interface ChapterPurpose extends LocatedPurpose {
  readonly chapter: Chapter;
  readonly chapterPath: PolicyPath;
}

/** Every leaf purpose of the policy, chapter by chapter, in document order. */
export function policyLeafPurposes(policy: Policy): ChapterPurpose[] {
  return policy.chapters.flatMap((chapter, index) => {
    const chapterPath: PolicyPath = ["chapters", index];
    // Field by field: lint calls this in many rules, and before V8 optimises, an object spread costs
    // several times as much.
    return leafPurposes(chapter, chapterPath).map((located) => ({
      purpose: located.purpose,
      path: located.path,
      groups: located.groups,
      chapter,
      chapterPath,
    }));
  });
}

/** How messages name a purpose: its key, or else the start of its text. */
export function purposeName(purpose: Purpose): string {
  if (purpose.id) return purpose.id;
  const line = purpose.text.replace(/\s+/g, " ").trim();
  return line.length <= 60 ? line : `${line.slice(0, 59).trimEnd()}…`;
}

/** Keys (under `recipients`) a chapter refers to, from its id list and its bulleted items, in order. */
export function chapterRecipientKeys(chapter: Chapter): string[] {
  const section = chapter.recipients;
  if (!section || isNotApplicable(section)) return [];
  const keys = [...(section.recipients ?? []), ...(section.items ?? []).flatMap((item) => (item.recipient ? [item.recipient] : []))];
  return [...new Set(keys)];
}

/** Keys (under `sources`) a chapter refers to, from `collection.sources` and the bulleted items, in order. */
export function chapterSourceKeys(chapter: Chapter): string[] {
  const collection = chapter.collection;
  if (!collection) return [];
  const keys = [...(collection.sources ?? []), ...(collection.items ?? []).flatMap((item) => (item.source ? [item.source] : []))];
  return [...new Set(keys)];
}

/** Whether any purpose of a chapter rests (also) on consent or explicit consent (Art. 6(1)(a), 9(2)(a)). */
export function chapterReliesOnConsent(chapter: Chapter, chapterPath: PolicyPath): boolean {
  return leafPurposes(chapter, chapterPath).some((located) =>
    (coveringBasis(located)?.bases ?? []).some((basis) => basis === "consent" || basis === "explicit-consent"),
  );
}
