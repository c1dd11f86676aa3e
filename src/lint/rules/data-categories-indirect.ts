/** Data not obtained from the data subject: the notice lists the categories concerned (Art. 14(1)(d)). */
import { GDPR, collectionModes } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "data-categories-indirect",
    articles: ["Art. 14(1)(d)", "WP260 annex item 5"],
    dpv: `${GDPR}A14`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een hoofdstuk met indirecte verkrijging (`collection.indirect: true`) noemt de categorieën persoonsgegevens (`categories`).",
      en: "A chapter with indirect collection (`collection.indirect: true`) lists the categories of personal data (`categories`).",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: gegevens niet bij de betrokkene verkregen; vermeld de categorieën persoonsgegevens (art. 14 lid 1 sub d).",
        en: "Chapter `{{chapter}}`: data not obtained from the data subject; list the categories of personal data (Art. 14(1)(d)).",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens van onze klanten.\n",
      correct:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens van onze klanten.\n    categories:\n      items:\n        - text: uw naam, adres en het openstaande bedrag.\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      if (collectionModes(chapter).indirect && (chapter.categories?.items.length ?? 0) === 0) {
        context.report({ messageId: "missing", path: ["chapters", index], at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
