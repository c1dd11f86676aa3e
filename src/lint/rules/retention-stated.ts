import { DPV } from "../../model/index.js";
import { containsDuration } from "../lexicon.js";
import { defineRule } from "../rule.js";

/**
 * Every chapter states retention. A retention statement counts when it expresses a retention rule
 * (`rules`, on itself or its sub-items) or its text names a duration ("2 jaar", "onmiddellijk").
 */
export default defineRule({
  meta: {
    id: "retention-stated",
    articles: ["Art. 13(2)(a)", "Art. 14(2)(a)"],
    dpv: `${DPV}StorageDuration`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld per hoofdstuk de bewaartermijn, of de criteria om die te bepalen.",
      en: "State the retention period, or the criteria used to determine it, in every chapter.",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: bewaartermijn of criteria voor de bewaartermijn ontbreken.",
        en: "Chapter `{{chapter}}`: retention period or the criteria for it are missing.",
      },
      noPeriod: {
        nl: "Hoofdstuk `{{chapter}}`: deze bewaarregel noemt geen termijn en geen criteria; koppel de bewaarregel (`rules`) die de tekst uitdrukt.",
        en: "Chapter `{{chapter}}`: this retention statement gives no period and no criteria; link the retention rule (`rules`) it expresses.",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    dataSubjects: [user]
    purposes:
      items:
        - id: account-beheren
          text: uw account aanmaken en beheren.
          legalBasis: contract
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    dataSubjects: [user]
    purposes:
      items:
        - id: account-beheren
          text: uw account aanmaken en beheren.
          legalBasis: contract
    retention:
      items:
        - text: Wij bewaren uw accountgegevens tot 1 jaar na het opzeggen van uw account.
          rules: [na-opzegging]
          purposes: [account-beheren]
`,
    },
  },
  check({ policy, report }) {
    policy.chapters.forEach((chapter, index) => {
      const chapterPath = ["chapters", index];
      if (!chapter.retention) {
        report({ messageId: "missing", path: chapterPath, at: "key", data: { chapter: chapter.id } });
        return;
      }
      chapter.retention.items.forEach((item, itemIndex) => {
        const subItems = item.items ?? [];
        const hasRule = (item.rules ?? []).length > 0 || subItems.some((sub) => (sub.rules ?? []).length > 0);
        const hasDuration = [item.text, ...subItems.map((sub) => sub.text)].some(containsDuration);
        if (hasRule || hasDuration) return;
        report({
          messageId: "noPeriod",
          path: [...chapterPath, "retention", "items", itemIndex],
          at: "key",
          data: { chapter: chapter.id },
        });
      });
    });
  },
});
