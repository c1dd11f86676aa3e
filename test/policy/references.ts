/**
 * The id references of a policy and what they point at, so tests can prove that a policy's
 * references all resolve and that its top-level declarations are all used.
 */
import type { PolicyPath } from "../../src/diagnostics/index.js";
import { isNotApplicable, type Chapter, type Policy, type Purpose } from "../../src/model/index.js";

export type ReferenceKind = "source" | "recipient" | "retentionRule" | "purpose" | "category" | "contactPoint" | "transfer";

export interface Reference {
  readonly kind: ReferenceKind;
  readonly id: string;
  readonly path: PolicyPath;
  /** For purposes and categories: the chapter whose declarations the id must resolve in. */
  readonly chapter?: number;
}

/** Every id reference in the policy, with where it is written. */
export function referencesOf(policy: Policy): Reference[] {
  const refs: Reference[] = [];
  const add = (kind: ReferenceKind, ids: readonly string[] | undefined, path: PolicyPath, chapter?: number): void =>
    ids?.forEach((id, index) => refs.push({ kind, id, path: [...path, index], ...(chapter === undefined ? {} : { chapter }) }));

  policy.chapters.forEach((chapter, c) => {
    const at: PolicyPath = ["chapters", c];
    const collection = chapter.collection;
    collection?.items?.forEach((item, i) => {
      if (item.source !== undefined) refs.push({ kind: "source", id: item.source, path: [...at, "collection", "items", i, "source"] });
    });
    add("source", collection?.sources, [...at, "collection", "sources"]);
    const recipients = chapter.recipients;
    if (recipients && !isNotApplicable(recipients)) {
      recipients.items?.forEach((item, i) => {
        if (item.recipient !== undefined) {
          refs.push({ kind: "recipient", id: item.recipient, path: [...at, "recipients", "items", i, "recipient"] });
        }
      });
      add("recipient", recipients.recipients, [...at, "recipients", "recipients"]);
    }
    chapter.retention?.items.forEach((item, i) => {
      const itemAt: PolicyPath = [...at, "retention", "items", i];
      add("retentionRule", item.rules, [...itemAt, "rules"]);
      add("purpose", item.purposes, [...itemAt, "purposes"], c);
      add("category", item.categories, [...itemAt, "categories"], c);
      item.items?.forEach((part, p) => add("retentionRule", part.rules, [...itemAt, "items", p, "rules"]));
    });
    add("transfer", chapter.transfers, [...at, "transfers"]);
  });

  const transfers = policy.transfers;
  if (transfers && !isNotApplicable(transfers)) {
    for (const [key, transfer] of Object.entries(transfers.transfers)) {
      add("recipient", transfer?.recipients, ["transfers", "transfers", key, "recipients"]);
    }
  }
  add("contactPoint", policy.rights?.howToExercise, ["rights", "howToExercise"]);
  const joint = policy.controller.jointControllers;
  if (joint && !isNotApplicable(joint)) {
    joint.forEach((controller, j) => {
      if (controller.contactPoint !== undefined) {
        refs.push({ kind: "contactPoint", id: controller.contactPoint, path: ["controller", "jointControllers", j, "contactPoint"] });
      }
    });
  }
  return refs;
}

/** Every purpose of a chapter, groups included, depth first. */
export function purposesOf(chapter: Chapter): Purpose[] {
  const visit = (items: readonly Purpose[]): Purpose[] => items.flatMap((purpose) => [purpose, ...visit(purpose.items ?? [])]);
  return visit(chapter.purposes?.items ?? []);
}

function declared(policy: Policy, ref: Reference): ReadonlySet<string> {
  const chapter = ref.chapter === undefined ? undefined : policy.chapters[ref.chapter];
  const keys = (record: object | undefined): Set<string> => new Set(Object.keys(record ?? {}));
  switch (ref.kind) {
    case "source":
      return keys(policy.sources);
    case "recipient":
      return keys(policy.recipients);
    case "retentionRule":
      return keys(policy.retentionRules);
    case "contactPoint":
      return keys(policy.controller.contactPoints);
    case "transfer":
      return policy.transfers && !isNotApplicable(policy.transfers) ? keys(policy.transfers.transfers) : new Set();
    case "purpose":
      return new Set(chapter ? purposesOf(chapter).flatMap((purpose) => (purpose.id === undefined ? [] : [purpose.id])) : []);
    case "category":
      return new Set(chapter?.categories?.items.flatMap((category) => (category.id === undefined ? [] : [category.id])) ?? []);
  }
}

/** References whose id is not declared (purposes and categories: not in their own chapter). */
export function unresolvedReferences(policy: Policy): Reference[] {
  return referencesOf(policy).filter((ref) => !declared(policy, ref).has(ref.id));
}

/** Top-level sources, recipients and retention rules that nothing refers to. */
export function unusedDeclarations(policy: Policy): string[] {
  const used = new Set(referencesOf(policy).map((ref) => `${ref.kind}:${ref.id}`));
  const declarations: [ReferenceKind, object | undefined][] = [
    ["source", policy.sources],
    ["recipient", policy.recipients],
    ["retentionRule", policy.retentionRules],
  ];
  return declarations.flatMap(([kind, record]) =>
    Object.keys(record ?? {})
      .map((id) => `${kind}:${id}`)
      .filter((key) => !used.has(key)),
  );
}

/** Ids that must be unique in the notice (chapters, purposes, categories) but occur more than once. */
export function duplicateIds(policy: Policy): string[] {
  const ids = [
    ...policy.chapters.map((chapter) => `chapter:${chapter.id}`),
    ...policy.chapters.flatMap((chapter) => purposesOf(chapter).flatMap((p) => (p.id === undefined ? [] : [`purpose:${p.id}`]))),
    ...policy.chapters.flatMap((chapter) => chapter.categories?.items.flatMap((c) => (c.id === undefined ? [] : [`category:${c.id}`])) ?? []),
  ];
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/**
 * Itemised sources and recipients that are missing from their chapter's complete list
 * (`collection.sources`, `recipients.recipients`), which is meant to name every one of them.
 */
export function itemsMissingFromChapterLists(policy: Policy): Reference[] {
  return referencesOf(policy).filter((ref) => {
    const [, c, section, field] = ref.path;
    if (typeof c !== "number" || field !== "items") return false;
    const chapter = policy.chapters[c];
    if (section === "collection") return !(chapter?.collection?.sources ?? []).includes(ref.id);
    if (section === "recipients" && chapter?.recipients && !isNotApplicable(chapter.recipients)) {
      return !(chapter.recipients.recipients ?? []).includes(ref.id);
    }
    return false;
  });
}
