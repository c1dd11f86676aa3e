/**
 * The withdrawal clause says that withdrawal does not affect the lawfulness of processing based on
 * consent before its withdrawal (Art. 13(2)(c), 14(2)(d), 7(3)).
 */
import { chapterReliesOnConsent, rightIri } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "consent-withdrawal-lawfulness",
    articles: ["Art. 13(2)(c)", "Art. 14(2)(d)", "Art. 7(3)"],
    dpv: rightIri["withdraw-consent"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "De intrekkingsclausule van een hoofdstuk met toestemming zegt dat intrekking eerdere verwerking niet onrechtmatig maakt (`earlierProcessingStaysLawful: true`).",
      en: "The withdrawal clause of a chapter with consent says that withdrawal does not make earlier processing unlawful (`earlierProcessingStaysLawful: true`).",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: vermeld dat intrekking de rechtmatigheid van eerdere verwerking niet aantast.",
        en: "Chapter `{{chapter}}`: state that withdrawal does not affect the lawfulness of earlier processing.",
      },
    },
    dependsOn: ["consent-requires-withdrawal"],
    examples: {
      incorrect: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: consent\n    withdrawal:\n      text: U trekt uw toestemming in via de afmeldlink.\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: consent\n    withdrawal:\n      text: U trekt uw toestemming in via de afmeldlink. Dat heeft geen gevolgen voor de verwerking vóór de intrekking.\n      earlierProcessingStaysLawful: true\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      const path: PolicyPath = ["chapters", index];
      const withdrawal = chapter.withdrawal;
      if (withdrawal === undefined || !chapterReliesOnConsent(chapter, path)) return;
      if (withdrawal.earlierProcessingStaysLawful === true) return;
      const stated = withdrawal.earlierProcessingStaysLawful !== undefined;
      context.report({
        messageId: "missing",
        path: stated ? [...path, "withdrawal", "earlierProcessingStaysLawful"] : [...path, "withdrawal"],
        ...(stated ? {} : { at: "key" as const }),
        data: { chapter: chapter.id },
      });
    });
  },
});
