/** Purposes: added, dropped or moved, their legal bases and legitimate interests. */
import { toJsonPointer, type PolicyPath } from "../../diagnostics/index.js";
import { basesOf, type Policy, type Purpose } from "../../model/index.js";
import { reportedAt, type DiffContext, type Located, type NodePair, type SideName } from "../context.js";
import { leafChange } from "../leaf.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { localized, quote } from "../words.js";
import { codeLabels, inChapter, setChanges } from "./common.js";

export const purpose: Handler = (pair, context) => {
  if (!pair.old || !pair.new) {
    const { side, at } = reportedAt(pair);
    const value = at.value as Purpose;
    if (value.items) {
      // A group: its purposes are reported one by one; its own fields only introduce them.
      for (const key of Object.keys(value)) if (key !== "items") context.claim(side, [...at.path, key]);
      return;
    }
    const other: SideName = side === "new" ? "old" : "new";
    const moved = value.id === undefined ? undefined : findPurpose(context.policy(other), value.id);
    if (moved && moved.path[1] === at.path[1]) {
      // The same purpose elsewhere in the same chapter (another group): a move, reported once, from the new side.
      if (side === "new") movedPurpose({ old: { value: moved.purpose, path: moved.path, shape: at.shape }, new: at }, context);
      context.claimPair(pair);
      return;
    }
    const added = side === "new";
    context.emit({
      kind: added ? "purpose-added" : "purpose-removed",
      classification: added ? "material" : "editorial",
      side,
      path: at.path,
      before: added ? null : value,
      after: added ? value : null,
      reason: added ? reasons.newPurpose : reasons.narrowed,
      summary: localized((language) => {
        const where = inChapter(context, side, at.path, language);
        const bases = codeLabels(context, "legalBasis", basesOf(value), language);
        if (language === "nl") {
          return added ? `Nieuw doel${where}: ${quote(value.text)} (rechtsgrond: ${bases}).` : `Doel vervalt${where}: ${quote(value.text)}.`;
        }
        return added ? `New purpose${where}: ${quote(value.text)} (legal basis: ${bases}).` : `Purpose dropped${where}: ${quote(value.text)}.`;
      }),
    });
    context.claimPair(pair);
    return;
  }

  comparePurposes(pair, context);
};

/** A purpose that moved to another group of its chapter: editorial, plus whatever else changed. */
function movedPurpose(pair: { readonly old: Located; readonly new: Located }, context: DiffContext): void {
  const before = pair.old.value as Purpose;
  const after = pair.new.value as Purpose;
  context.emit({
    kind: "reordered",
    classification: "editorial",
    side: "new",
    path: pair.new.path,
    before: toJsonPointer(pair.old.path),
    after: toJsonPointer(pair.new.path),
    reason: { nl: "Alleen de plaats in het hoofdstuk is anders; het doel is hetzelfde.", en: "Only the place in the chapter differs; the purpose is the same." },
    summary: localized((language) =>
      language === "nl" ? `Het doel ${quote(after.text, 60)} staat nu op een andere plaats in het hoofdstuk.` : `The purpose ${quote(after.text, 60)} moved within its chapter.`,
    ),
  });
  comparePurposes(pair, context);
  if (before.text !== after.text) {
    leafChange({ old: context.child(pair.old, "text"), new: context.child(pair.new, "text") }, context);
  }
}

/** Legal basis and legitimate interest of the same purpose in both versions. */
function comparePurposes(pair: NodePair, context: DiffContext): void {
  if (!pair.old || !pair.new) return;
  const before = pair.old.value as Purpose;
  const after = pair.new.value as Purpose;
  const path = pair.new.path;
  const { added, removed } = setChanges(basesOf(before), basesOf(after));
  if (added.length > 0 || removed.length > 0) {
    context.emit({
      kind: "legal-basis-changed",
      classification: "material",
      side: "new",
      path: after.legalBasis === undefined ? path : [...path, "legalBasis"],
      before: before.legalBasis ?? null,
      after: after.legalBasis ?? null,
      reason: reasons.basisChanged,
      summary: localized((language) => {
        const from = codeLabels(context, "legalBasis", basesOf(before), language);
        const to = codeLabels(context, "legalBasis", basesOf(after), language);
        const where = inChapter(context, "new", path, language);
        return language === "nl"
          ? `Andere rechtsgrond voor het doel ${quote(after.text, 60)}${where}: ${from} → ${to}.`
          : `Different legal basis for the purpose ${quote(after.text, 60)}${where}: ${from} → ${to}.`;
      }),
    });
  }
  context.claimChild(pair, "legalBasis");

  if (before.legitimateInterest !== after.legitimateInterest) {
    const both = before.legitimateInterest !== undefined && after.legitimateInterest !== undefined;
    context.emit({
      kind: "legitimate-interest-changed",
      classification: "material",
      side: "new",
      path: after.legitimateInterest === undefined ? path : [...path, "legitimateInterest"],
      before: before.legitimateInterest ?? null,
      after: after.legitimateInterest ?? null,
      reason: reasons.interestChanged,
      summary: localized((language) => {
        const name = quote(after.text, 60);
        const was = before.legitimateInterest === undefined ? "" : quote(before.legitimateInterest);
        const now = after.legitimateInterest === undefined ? "" : quote(after.legitimateInterest);
        if (language === "nl") {
          if (both) return `Ander gerechtvaardigd belang voor het doel ${name}: ${was} → ${now}.`;
          return now ? `Gerechtvaardigd belang toegevoegd voor het doel ${name}: ${now}.` : `Gerechtvaardigd belang niet meer vermeld voor het doel ${name} (was ${was}).`;
        }
        if (both) return `Different legitimate interest for the purpose ${name}: ${was} → ${now}.`;
        return now ? `Legitimate interest added for the purpose ${name}: ${now}.` : `Legitimate interest no longer stated for the purpose ${name} (was ${was}).`;
      }),
      ...(both ? { markdown: { before: before.legitimateInterest as string, after: after.legitimateInterest as string } } : {}),
    });
  }
  context.claimChild(pair, "legitimateInterest");
}


/** A purpose (group or leaf) by id anywhere in a policy, with its path. */
function findPurpose(policy: Policy, id: string): { readonly purpose: Purpose; readonly path: PolicyPath } | undefined {
  const search = (items: readonly Purpose[], path: PolicyPath): { purpose: Purpose; path: PolicyPath } | undefined => {
    for (const [index, item] of items.entries()) {
      if (item.id === id) return { purpose: item, path: [...path, index] };
      const found = item.items ? search(item.items, [...path, index, "items"]) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  for (const [index, chapter] of policy.chapters.entries()) {
    const found = chapter.purposes ? search(chapter.purposes.items, ["chapters", index, "purposes", "items"]) : undefined;
    if (found) return found;
  }
  return undefined;
}
