/** Categories of personal data: added or dropped, and their special/criminal/national-id flags. */
import type { LocalizedText } from "../../diagnostics/index.js";
import type { Category } from "../../model/index.js";
import { reportedAt } from "../context.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { joinWords, localized, quote } from "../words.js";
import { inChapter } from "./common.js";

const flags = {
  special: { nl: "bijzondere persoonsgegevens (art. 9 AVG)", en: "special-category data (Art. 9 GDPR)" },
  criminal: { nl: "strafrechtelijke persoonsgegevens (art. 10 AVG)", en: "criminal-offence data (Art. 10 GDPR)" },
  nationalId: { nl: "een nationaal identificatienummer (BSN)", en: "a national identification number" },
} as const satisfies Record<string, LocalizedText>;

type Flag = keyof typeof flags;

export const category: Handler = (pair, context) => {
  if (!pair.old || !pair.new) {
    const { side, at } = reportedAt(pair);
    const value = at.value as Category;
    const added = side === "new";
    const set = (Object.keys(flags) as Flag[]).filter((flag) => value[flag] === true);
    const sensitive = value.special === true || value.criminal === true;
    context.emit({
      kind: added ? "category-added" : "category-removed",
      classification: added ? "material" : "editorial",
      side,
      path: at.path,
      before: added ? null : value,
      after: added ? value : null,
      reason: added ? (sensitive ? reasons.sensitiveCategory : reasons.newCategory) : reasons.narrowed,
      summary: localized((language) => {
        const where = inChapter(context, side, at.path, language);
        const marks = set.length === 0 ? "" : ` (${joinWords(set.map((flag) => flags[flag][language]), language)})`;
        if (language === "nl") {
          return added ? `Nieuwe categorie persoonsgegevens${where}: ${quote(value.text)}${marks}.` : `Categorie persoonsgegevens vervalt${where}: ${quote(value.text)}.`;
        }
        return added ? `New category of personal data${where}: ${quote(value.text)}${marks}.` : `Category of personal data dropped${where}: ${quote(value.text)}.`;
      }),
    });
    context.claimPair(pair);
    return;
  }

  const before = pair.old.value as Category;
  const after = pair.new.value as Category;
  for (const flag of Object.keys(flags) as Flag[]) {
    const was = before[flag] === true;
    const now = after[flag] === true;
    if (was !== now) {
      context.emit({
        kind: "category-flags-changed",
        classification: now ? "material" : "editorial",
        side: "new",
        path: after[flag] === undefined ? pair.new.path : [...pair.new.path, flag],
        before: before[flag] ?? null,
        after: after[flag] ?? null,
        reason: now ? reasons.sensitiveCategory : reasons.narrowed,
        summary: localized((language) => {
          const name = quote(after.text, 60);
          if (language === "nl") return now ? `De categorie ${name} bevat nu ${flags[flag].nl}.` : `De categorie ${name} bevat niet langer ${flags[flag].nl}.`;
          return now ? `The category ${name} now contains ${flags[flag].en}.` : `The category ${name} no longer contains ${flags[flag].en}.`;
        }),
      });
    }
    // `false` and leaving the flag out mean the same.
    context.claimChild(pair, flag);
  }
};
