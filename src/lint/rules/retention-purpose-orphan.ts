import type { Chapter, Purpose } from "../../model/index.js";
import { processingKeyedRetentionTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

/** Ids of every purpose (leaf and group) of a chapter. */
function purposeIds(chapter: Chapter): Set<string> {
  const ids = new Set<string>();
  const visit = (items: readonly Purpose[]): void => {
    for (const purpose of items) {
      if (purpose.id) ids.add(purpose.id);
      if (purpose.items) visit(purpose.items);
    }
  };
  visit(chapter.purposes?.items ?? []);
  return ids;
}

function categoryIds(chapter: Chapter): Set<string> {
  return new Set((chapter.categories?.items ?? []).flatMap((category) => (category.id ? [category.id] : [])));
}

/**
 * A retention statement must concern what its own chapter declares. Two precise signals:
 * (1) its `purposes`/`categories` name an id declared in another chapter only (an id declared
 * nowhere is the validator's dangling reference); (2) its text keys the period to a processing
 * ("Indien wij uw Persoonsgegevens verwerken ter voorkoming van fraude, …") but it lists no
 * `purposes`, so the reader cannot tell which declared purpose it is, or whether there is one.
 */
export default defineRule({
  meta: {
    id: "retention-purpose-orphan",
    articles: ["Art. 13(1)(c)", "Art. 13(2)(a)", "Art. 5(1)(a)"],
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Een bewaartermijn hoort bij een doel dat in hetzelfde hoofdstuk is vermeld.",
      en: "A retention period belongs to a purpose declared in the same chapter.",
    },
    messages: {
      otherChapter: {
        nl: "Bewaartermijn verwijst naar doel `{{purpose}}`, dat niet in dit hoofdstuk maar in hoofdstuk `{{chapter}}` staat.",
        en: "Retention refers to purpose `{{purpose}}`, which is declared in chapter `{{chapter}}`, not in this one.",
      },
      categoryOtherChapter: {
        nl: "Bewaartermijn verwijst naar categorie `{{category}}`, die niet in dit hoofdstuk maar in hoofdstuk `{{chapter}}` staat.",
        en: "Retention refers to category `{{category}}`, which is declared in chapter `{{chapter}}`, not in this one.",
      },
      unlinked: {
        nl: "Bewaartermijn is gekoppeld aan een verwerking (‘{{phrase}} …’) maar noemt geen doel: verwijs naar het doel in dit hoofdstuk (`purposes`), of vermeld dat doel.",
        en: "Retention is tied to a processing (‘{{phrase}} …’) but names no purpose: refer to the purpose in this chapter (`purposes`), or declare that purpose.",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: account-beheren
          text: uw account aanmaken en beheren.
          legalBasis: contract
    retention:
      items:
        - text: Indien wij uw gegevens verwerken ter voorkoming van fraude, bewaren wij ze 2 jaar.
          rules: [na-opzegging]
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: account-beheren
          text: uw account aanmaken en beheren.
          legalBasis: contract
        - id: fraude-voorkomen
          text: fraude met accounts voorkomen.
          legalBasis: legitimate-interest
          legitimateInterest: Wij willen voorkomen dat accounts worden misbruikt.
    retention:
      items:
        - text: Indien wij uw gegevens verwerken ter voorkoming van fraude, bewaren wij ze 1 jaar.
          rules: [na-opzegging]
          purposes: [fraude-voorkomen]
        - text: Accountgegevens bewaren wij tot 1 jaar na opzegging.
          rules: [na-opzegging]
          purposes: [account-beheren]
`,
    },
  },
  check({ policy, report }) {
    const purposesByChapter = policy.chapters.map(purposeIds);
    const categoriesByChapter = policy.chapters.map(categoryIds);
    const ownerOf = (sets: readonly Set<string>[], id: string): string | undefined => {
      const index = sets.findIndex((ids) => ids.has(id));
      return index === -1 ? undefined : policy.chapters[index]?.id;
    };
    policy.chapters.forEach((chapter, chapterIndex) => {
      const ownPurposes = purposesByChapter[chapterIndex] ?? new Set<string>();
      const ownCategories = categoriesByChapter[chapterIndex] ?? new Set<string>();
      chapter.retention?.items.forEach((item, itemIndex) => {
        const itemPath = ["chapters", chapterIndex, "retention", "items", itemIndex];
        (item.purposes ?? []).forEach((id, index) => {
          const owner = ownPurposes.has(id) ? undefined : ownerOf(purposesByChapter, id);
          if (owner !== undefined) {
            report({ messageId: "otherChapter", path: [...itemPath, "purposes", index], data: { purpose: id, chapter: owner } });
          }
        });
        (item.categories ?? []).forEach((id, index) => {
          const owner = ownCategories.has(id) ? undefined : ownerOf(categoriesByChapter, id);
          if (owner !== undefined) {
            report({
              messageId: "categoryOtherChapter",
              path: [...itemPath, "categories", index],
              data: { category: id, chapter: owner },
            });
          }
        });
        if (item.purposes?.length) return;
        const texts = [item.text, ...(item.items ?? []).map((sub) => sub.text)];
        const phrase = texts.map((text) => processingKeyedRetentionTerms.find(text)).find((found) => found !== undefined);
        if (phrase) report({ messageId: "unlinked", path: itemPath, at: "key", data: { phrase } });
      });
    });
  },
});
