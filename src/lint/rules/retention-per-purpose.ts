import { DPV, leafPurposes, purposeName } from "../../model/index.js";
import { processingKeyedRetentionTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

/**
 * In a chapter with several leaf purposes, each leaf purpose (or a group enclosing it) is named by a
 * retention statement. A statement keyed to neither purposes nor categories reads as covering the
 * whole chapter, unless its text ties it to one processing ("Indien wij uw gegevens verwerken ter
 * …", see `retention-purpose-orphan`). A chapter keyed entirely by categories passes when every
 * category is covered (WP260 accepts periods per category "and/or" per purpose).
 */
export default defineRule({
  meta: {
    id: "retention-per-purpose",
    articles: ["WP260 annex item 8", "Art. 13(2)(a)"],
    dpv: `${DPV}StorageDuration`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Vermeld voor elk doel een bewaartermijn.",
      en: "State a retention period for every purpose.",
    },
    messages: {
      uncovered: {
        nl: "Niet voor elk doel is een bewaartermijn vermeld: doel `{{purpose}}` in hoofdstuk `{{chapter}}` heeft er geen.",
        en: "Not every purpose has a retention period: purpose `{{purpose}}` in chapter `{{chapter}}` has none.",
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
          text: uw account aanmaken en beheren;
          legalBasis: contract
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 Algemene wet inzake rijksbelastingen
    retention:
      items:
        - text: Wij bewaren uw accountgegevens tot 1 jaar na het opzeggen van uw account.
          rules: [na-opzegging]
          purposes: [account-beheren]
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    dataSubjects: [user]
    purposes:
      items:
        - id: account-beheren
          text: uw account aanmaken en beheren;
          legalBasis: contract
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 Algemene wet inzake rijksbelastingen
    retention:
      items:
        - text: Wij bewaren uw accountgegevens tot 1 jaar na het opzeggen van uw account.
          rules: [na-opzegging]
          purposes: [account-beheren]
        - text: Facturen bewaren wij 7 jaar.
          rules: [fiscaal]
          purposes: [administratie]
`,
    },
  },
  check({ policy, report }) {
    policy.chapters.forEach((chapter, index) => {
      const leaves = leafPurposes(chapter, ["chapters", index]);
      const items = chapter.retention?.items;
      if (leaves.length < 2 || !items) return;
      // An unkeyed statement covers the chapter, unless its text ties it to one processing ("Indien wij …").
      const chapterWide = items.some(
        (item) => !item.purposes?.length && !item.categories?.length && !processingKeyedRetentionTerms.find(item.text),
      );
      if (chapterWide) return;
      const keyed = new Set(items.flatMap((item) => item.purposes ?? []));
      if (keyed.size === 0) {
        const categoryIds = (chapter.categories?.items ?? []).flatMap((category) => (category.id ? [category.id] : []));
        const coveredCategories = new Set(items.flatMap((item) => item.categories ?? []));
        if (categoryIds.length > 0 && categoryIds.every((id) => coveredCategories.has(id))) return;
      }
      for (const leaf of leaves) {
        const ids = [leaf.purpose.id, ...leaf.groups.map((group) => group.id)];
        if (ids.some((id) => id !== undefined && keyed.has(id))) continue;
        report({
          messageId: "uncovered",
          path: leaf.path,
          data: { purpose: purposeName(leaf.purpose), chapter: chapter.id },
        });
      }
    });
  },
});
