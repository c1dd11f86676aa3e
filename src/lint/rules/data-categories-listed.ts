/**
 * Art. 13 has no explicit duty to list the data categories, but the AP counts "welke persoonsgegevens"
 * among what people are told, and fairness expects it: a warning for chapters that collect only
 * directly (indirect collection is data-categories-indirect's error).
 */
import { DPV, collectionModes } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "data-categories-listed",
    articles: ["AP recht op informatie", "WP260"],
    dpv: `${DPV}PersonalData`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een hoofdstuk dat alleen bij de betrokkene verzamelt noemt welke persoonsgegevens worden verwerkt (`categories`).",
      en: "A chapter that collects only from the data subject lists which personal data are processed (`categories`).",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: vermeld welke persoonsgegevens worden verwerkt.",
        en: "Chapter `{{chapter}}`: list which personal data are processed.",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    collection:\n      direct: true\n      text: Wij ontvangen uw gegevens van uzelf.\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    collection:\n      direct: true\n      text: Wij ontvangen uw gegevens van uzelf.\n    categories:\n      items:\n        - text: uw naam en e-mailadres.\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      const modes = collectionModes(chapter);
      if (modes.direct && !modes.indirect && (chapter.categories?.items.length ?? 0) === 0) {
        context.report({ messageId: "missing", path: ["chapters", index], at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
