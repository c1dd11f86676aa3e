/**
 * Retention: the declared rules (period, trigger, statute, criteria) and the statements that refer
 * to them. Longer, or no longer measurable, retention is material; shorter retention is editorial.
 */
import type { LocalizedText } from "../../diagnostics/index.js";
import type { Policy, RetentionItem, RetentionRule } from "../../model/index.js";
import { reportedAt, type DiffContext } from "../context.js";
import { durationDays } from "../duration.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { durationWords, joinWords, localized, quote } from "../words.js";
import { inChapter, setChanges, stringList } from "./common.js";

/** The longest retention: days, `unknown` (a rule without a readable period), or undefined (nothing stated). */
type Longest = number | "unknown" | undefined;
type Comparison = "longer" | "shorter" | "same" | "unclear" | "first";

const triggerReason: LocalizedText = {
  nl: "Het moment waarop de termijn begint te lopen is anders; daardoor kunnen gegevens langer worden bewaard (art. 13 lid 2 sub a AVG).",
  en: "The moment the period starts running differs; data may therefore be kept longer (Art. 13(2)(a) GDPR).",
};
const criteriaReason: LocalizedText = {
  nl: "Andere criteria voor de bewaartermijn; het hulpmiddel kan niet zien of dat korter of langer is (art. 13 lid 2 sub a AVG).",
  en: "Different criteria for the retention period; the tool cannot tell whether that is shorter or longer (Art. 13(2)(a) GDPR).",
};

/** A declared retention rule (`retentionRules.<key>`). */
export const retentionRule: Handler = (pair, context) => {
  const { side, at } = reportedAt(pair);
  const key = String(at.path.at(-1));
  if (!pair.old || !pair.new) {
    // A rule that statements use is reported through those statements.
    if (!isReferenced(context.policy(side), key)) {
      const added = side === "new";
      context.emit({
        kind: "retention-changed",
        classification: "editorial",
        side,
        path: at.path,
        before: added ? null : (at.value as RetentionRule),
        after: added ? (at.value as RetentionRule) : null,
        reason: {
          nl: "Deze bewaarregel wordt door geen enkele bewaartermijn in de tekst gebruikt.",
          en: "No retention statement in the text uses this rule.",
        },
        summary: localized((language) =>
          language === "nl"
            ? `Ongebruikte bewaarregel ‘${key}’ ${added ? "toegevoegd" : "verwijderd"}.`
            : `Unused retention rule ‘${key}’ ${added ? "added" : "removed"}.`,
        ),
      });
    }
    context.claimPair(pair);
    return;
  }

  const before = pair.old.value as RetentionRule;
  const after = pair.new.value as RetentionRule;
  const path = pair.new.path;
  if (before.period !== after.period) {
    const comparison = compare(daysOf(before.period), daysOf(after.period));
    const material = comparison === "longer" || comparison === "unclear";
    context.emit({
      kind: "retention-changed",
      classification: material ? "material" : "editorial",
      side: "new",
      path: after.period === undefined ? path : [...path, "period"],
      before: before.period ?? null,
      after: after.period ?? null,
      reason: material ? reasons.longerRetention : reasons.shorterRetention,
      summary: localized((language) => {
        const how = comparisonWords(comparison, language);
        return language === "nl"
          ? `Bewaarregel ‘${key}’: termijn ${durationWords(before.period, language)} → ${durationWords(after.period, language)}${how}.`
          : `Retention rule ‘${key}’: period ${durationWords(before.period, language)} → ${durationWords(after.period, language)}${how}.`;
      }),
    });
  }
  context.claimChild(pair, "period");

  const fields = [
    { field: "trigger", material: true, reason: triggerReason, nl: "aanleiding", en: "trigger" },
    { field: "criteria", material: true, reason: criteriaReason, nl: "criteria", en: "criteria" },
    { field: "statute", material: false, reason: reasons.retentionStatute, nl: "wettelijke grondslag", en: "statute" },
  ] as const;
  for (const { field, material, reason, nl, en } of fields) {
    const was = before[field];
    const now = after[field];
    if (was !== now) {
      context.emit({
        kind: "retention-changed",
        classification: material ? "material" : "editorial",
        side: "new",
        path: now === undefined ? path : [...path, field],
        before: was ?? null,
        after: now ?? null,
        reason,
        summary: localized((language) => {
          const none = language === "nl" ? "(niet vermeld)" : "(not stated)";
          const from = was === undefined ? none : quote(was);
          const to = now === undefined ? none : quote(now);
          return language === "nl" ? `Bewaarregel ‘${key}’: ${nl} ${from} → ${to}.` : `Retention rule ‘${key}’: ${en} ${from} → ${to}.`;
        }),
      });
    }
    context.claimChild(pair, field);
  }
};

/** A retention statement in a chapter: which rules, purposes and categories it covers. */
export const retentionItem: Handler = (pair, context) => {
  const beforeRefs = pair.old ? refsOf(pair.old.value as RetentionItem) : undefined;
  const afterRefs = pair.new ? refsOf(pair.new.value as RetentionItem) : undefined;
  if (beforeRefs && afterRefs && sameRefs(beforeRefs, afterRefs)) return;

  const { side, at } = reportedAt(pair);
  const comparison = impact(context, beforeRefs, afterRefs);
  const material = comparison === "longer" || comparison === "unclear";
  const text = (at.value as RetentionItem).text;
  context.emit({
    kind: "retention-reference-changed",
    classification: material ? "material" : "editorial",
    side,
    path: at.path,
    before: beforeRefs ? { ...beforeRefs } : null,
    after: afterRefs ? { ...afterRefs } : null,
    reason: material ? reasons.longerRetention : reasons.shorterRetention,
    summary: localized((language) => {
      const where = inChapter(context, side, at.path, language);
      const how = comparisonWords(comparison, language);
      if (!pair.old) return language === "nl" ? `Nieuwe bewaartermijn${where}: ${quote(text)}${how}.` : `New retention statement${where}: ${quote(text)}${how}.`;
      if (!pair.new) return language === "nl" ? `Bewaartermijn vervalt${where}: ${quote(text)}.` : `Retention statement dropped${where}: ${quote(text)}.`;
      const parts = describeRefChanges(beforeRefs as Refs, afterRefs as Refs, language);
      return language === "nl"
        ? `Bewaartermijn ${quote(text, 60)}${where} verwijst nu naar andere regels of doelen (${parts})${how}.`
        : `Retention statement ${quote(text, 60)}${where} now refers to other rules or purposes (${parts})${how}.`;
    }),
  });
  if (!pair.old || !pair.new) {
    context.claimPair(pair);
    return;
  }
  for (const key of ["rules", "purposes", "categories"] as const) context.claimChild(pair, key);
  for (const side of ["old", "new"] as const) {
    const node = pair[side];
    const items = (node?.value as RetentionItem | undefined)?.items ?? [];
    items.forEach((_, index) => context.claim(side, [...(node?.path ?? []), "items", index, "rules"]));
  }
};

interface Refs {
  readonly rules: readonly string[];
  readonly purposes: readonly string[];
  readonly categories: readonly string[];
}

function refsOf(item: RetentionItem): Refs {
  const nested = (item.items ?? []).flatMap((part) => stringList(part.rules));
  return {
    rules: [...new Set([...stringList(item.rules), ...nested])],
    purposes: stringList(item.purposes),
    categories: stringList(item.categories),
  };
}

function sameRefs(a: Refs, b: Refs): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((item) => y.includes(item));
  return same(a.rules, b.rules) && same(a.purposes, b.purposes) && same(a.categories, b.categories);
}

function describeRefChanges(before: Refs, after: Refs, language: "nl" | "en"): string {
  const names = { rules: { nl: "regels", en: "rules" }, purposes: { nl: "doelen", en: "purposes" }, categories: { nl: "categorieën", en: "categories" } } as const;
  const parts: string[] = [];
  for (const key of ["rules", "purposes", "categories"] as const) {
    const { added, removed } = setChanges(before[key], after[key]);
    const bits = [...added.map((item) => `+${item}`), ...removed.map((item) => `−${item}`)];
    if (bits.length > 0) parts.push(`${names[key][language]}: ${bits.join(", ")}`);
  }
  return joinWords(parts, language);
}

/**
 * How a changed statement affects how long data are kept: per purpose and category it names, the
 * longest period over the whole policy before and after; without any, the statement's own rules.
 */
function impact(context: DiffContext, before: Refs | undefined, after: Refs | undefined): Comparison {
  const purposes = [...new Set([...(before?.purposes ?? []), ...(after?.purposes ?? [])])];
  const categories = [...new Set([...(before?.categories ?? []), ...(after?.categories ?? [])])];
  const comparisons: Comparison[] = [];
  for (const purposeId of purposes) {
    if (!purposeExists(context.new, purposeId)) continue; // a dropped purpose keeps nothing
    comparisons.push(compare(longestFor(context.old, "purposes", purposeId), longestFor(context.new, "purposes", purposeId)));
  }
  for (const categoryId of categories) {
    comparisons.push(compare(longestFor(context.old, "categories", categoryId), longestFor(context.new, "categories", categoryId)));
  }
  if (comparisons.length === 0) {
    comparisons.push(compare(longestOf(context.old, before?.rules ?? []), longestOf(context.new, after?.rules ?? [])));
  }
  for (const worst of ["unclear", "longer", "first", "shorter"] as const) if (comparisons.includes(worst)) return worst;
  return "same";
}

function compare(before: Longest, after: Longest): Comparison {
  if (after === undefined) return before === undefined ? "same" : "unclear";
  if (before === undefined) return "first";
  if (before === "unknown" || after === "unknown") return before === after ? "same" : "unclear";
  return after > before ? "longer" : after < before ? "shorter" : "same";
}

function comparisonWords(comparison: Comparison, language: "nl" | "en"): string {
  const words: Record<Comparison, LocalizedText> = {
    longer: { nl: " (langer)", en: " (longer)" },
    shorter: { nl: " (korter)", en: " (shorter)" },
    same: { nl: "", en: "" },
    unclear: { nl: " (niet te vergelijken)", en: " (cannot be compared)" },
    first: { nl: "", en: "" },
  };
  return words[comparison][language];
}

function daysOf(period: string | undefined): number | "unknown" {
  if (period === undefined) return "unknown";
  return durationDays(period) ?? "unknown";
}

function longestOf(policy: Policy, rules: readonly string[]): Longest {
  let longest: Longest;
  for (const key of rules) {
    const days = daysOf(policy.retentionRules?.[key]?.period);
    if (days === "unknown") return "unknown";
    longest = longest === undefined || longest === "unknown" ? days : Math.max(longest, days);
  }
  return longest;
}

function longestFor(policy: Policy, field: "purposes" | "categories", id: string): Longest {
  const rules = policy.chapters.flatMap((chapter) =>
    (chapter.retention?.items ?? []).filter((item) => stringList(item[field]).includes(id)).flatMap((item) => refsOf(item).rules),
  );
  return longestOf(policy, rules);
}

function isReferenced(policy: Policy, key: string): boolean {
  return policy.chapters.some((chapter) => (chapter.retention?.items ?? []).some((item) => refsOf(item).rules.includes(key)));
}

function purposeExists(policy: Policy, id: string): boolean {
  const visit = (items: readonly { id?: string; items?: unknown }[] | undefined): boolean =>
    (items ?? []).some((item) => item.id === id || visit(item.items as typeof items));
  return policy.chapters.some((chapter) => visit(chapter.purposes?.items));
}
