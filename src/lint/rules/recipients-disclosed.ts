/**
 * Recipients or categories of recipients (Art. 13(1)(e), 14(1)(e)), including processors, group
 * companies and joint controllers; or an explicit "no recipients" (`notApplicable`).
 */
import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "recipients-disclosed",
    articles: ["Art. 13(1)(e)", "Art. 14(1)(e)", "WP260 annex item 6"],
    dpv: `${DPV}Recipient`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Elk hoofdstuk noemt de ontvangers (`recipients`), of uitdrukkelijk dat er geen zijn (`notApplicable`).",
      en: "Every chapter names its recipients (`recipients`), or states explicitly that there are none (`notApplicable`).",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: ontvangers of categorieën ontvangers ontbreken (ook verwerkers en groepsmaatschappijen), of vermeld dat er geen zijn.",
        en: "Chapter `{{chapter}}`: recipients or categories of recipients are missing (processors and group companies included), or state that there are none.",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n",
      correct: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    recipients:\n      notApplicable: Wij delen uw gegevens met niemand.\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      if (chapter.recipients === undefined) {
        context.report({ messageId: "missing", path: ["chapters", index], at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
