/**
 * Where a purpose rests on consent (Art. 6(1)(a) or 9(2)(a)), the data subject is told that consent
 * can be withdrawn at any time (Art. 13(2)(c), 14(2)(d), 7(3)): in the chapter (`withdrawal`), or in
 * the notice-wide rights chapter (`rights.rights` includes `withdraw-consent`).
 */
import { chapterReliesOnConsent, rightIri } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "consent-requires-withdrawal",
    articles: ["Art. 13(2)(c)", "Art. 14(2)(d)", "Art. 7(3)"],
    dpv: rightIri["withdraw-consent"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een hoofdstuk met een doel op grond van toestemming heeft een clausule over intrekking (`withdrawal`), of het rechtenhoofdstuk noemt `withdraw-consent`.",
      en: "A chapter with a purpose based on consent has a withdrawal clause (`withdrawal`), or the rights chapter lists `withdraw-consent`.",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: toestemming als grondslag, maar er ontbreekt een clausule over intrekking van toestemming.",
        en: "Chapter `{{chapter}}`: consent is a legal basis but the withdrawal clause is missing.",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: consent\nrights:\n  rights: [access, complaint]\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: consent\n    withdrawal:\n      text: U trekt uw toestemming op elk moment in via de afmeldlink.\nrights:\n  rights: [access, complaint]\n",
    },
  },
  check(context) {
    const globalRight = context.policy.rights?.rights.includes("withdraw-consent") === true;
    if (globalRight) return;
    context.policy.chapters.forEach((chapter, index) => {
      const path: PolicyPath = ["chapters", index];
      if (chapter.withdrawal === undefined && chapterReliesOnConsent(chapter, path)) {
        context.report({ messageId: "missing", path, at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
