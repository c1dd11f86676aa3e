/** Every chapter (group of data subjects or processing activity) states at least one purpose (Art. 13(1)(c), 14(1)(c)). */
import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "purpose-stated",
    articles: ["Art. 13(1)(c)", "Art. 14(1)(c)", "Art. 5(1)(b)"],
    dpv: `${DPV}Purpose`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Elk hoofdstuk noemt ten minste één verwerkingsdoel (`purposes`).",
      en: "Every chapter states at least one processing purpose (`purposes`).",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: geen verwerkingsdoel vermeld.",
        en: "Chapter `{{chapter}}`: no processing purpose stated.",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - text: uw account beheren.\n          legalBasis: contract\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      if (chapter.purposes === undefined || chapter.purposes.items.length === 0) {
        context.report({ messageId: "missing", path: ["chapters", index], at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
