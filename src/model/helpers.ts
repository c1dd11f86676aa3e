/** Small read-only views over a validated policy, shared by rules and renderers. */
import type { PolicyPath } from "../diagnostics/index.js";
import type { Chapter, LegalBasis, NotApplicable, Purpose } from "./policy.generated.js";

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
