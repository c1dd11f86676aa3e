/** The published retention statements of a policy, shared by the retention wording rules. */
import type { PolicyPath } from "../diagnostics/index.js";
import type { Policy } from "../model/index.js";

export interface RetentionStatement {
  readonly text: string;
  readonly path: PolicyPath;
  /** Rules the statement expresses: its own, plus those of its parent item or sub-items. */
  readonly rules: readonly string[];
  /** Texts that may state the period for it. */
  readonly periodTexts: readonly string[];
}

/** Every published retention statement (items and sub-items) with the rules that give it meaning. */
export function retentionStatements(policy: Policy): RetentionStatement[] {
  const found: RetentionStatement[] = [];
  policy.chapters.forEach((chapter, chapterIndex) => {
    chapter.retention?.items.forEach((item, itemIndex) => {
      const path = ["chapters", chapterIndex, "retention", "items", itemIndex];
      const subs = item.items ?? [];
      const own = item.rules ?? [];
      found.push({
        text: item.text,
        path: [...path, "text"],
        rules: [...own, ...subs.flatMap((sub) => sub.rules ?? [])],
        periodTexts: [item.text, ...subs.map((sub) => sub.text)],
      });
      subs.forEach((sub, subIndex) => {
        found.push({
          text: sub.text,
          path: [...path, "items", subIndex, "text"],
          rules: [...own, ...(sub.rules ?? [])],
          periodTexts: [item.text, sub.text],
        });
      });
    });
  });
  return found;
}

