/**
 * Withdrawing consent must be as easy as giving it (Art. 7(3); WP260 annex item 10): the clause says
 * how (a link, a mailbox, a setting, by post), not only "contact us".
 */
import { chapterReliesOnConsent, rightIri } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "consent-withdrawal-how",
    articles: ["Art. 7(3)", "WP260 annex item 10"],
    dpv: rightIri["withdraw-consent"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "De intrekkingsclausule van een hoofdstuk met toestemming noemt een concrete manier (`methods`: link, e-mail, instellingen, post), niet alleen ‘neem contact op’.",
      en: "The withdrawal clause of a chapter with consent names a concrete way (`methods`: link, e-mail, settings, post), not only ‘contact us’.",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: leg uit hoe de betrokkene de toestemming intrekt (even eenvoudig als het geven ervan), bijv. met een afmeldlink of e-mailadres.",
        en: "Chapter `{{chapter}}`: explain how consent can be withdrawn (as easily as it was given), e.g. an unsubscribe link or e-mail address.",
      },
      contactOnly: {
        nl: "Hoofdstuk `{{chapter}}`: ‘neem contact met ons op’ is geen concrete manier om toestemming in te trekken; geef een link, e-mailadres of instelling (even eenvoudig als het geven ervan).",
        en: "Chapter `{{chapter}}`: ‘contact us’ is not a concrete way to withdraw consent; give a link, e-mail address or setting (as easy as giving it).",
      },
    },
    dependsOn: ["consent-requires-withdrawal"],
    examples: {
      incorrect: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: consent\n    withdrawal:\n      text: Neem contact met ons op om uw toestemming in te trekken.\n      methods: [contact]\n",
      correct: "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: consent\n    withdrawal:\n      text: U trekt uw toestemming in via de afmeldlink onder elke nieuwsbrief.\n      methods: [link]\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      const path: PolicyPath = ["chapters", index];
      const withdrawal = chapter.withdrawal;
      // Without a clause, consent-requires-withdrawal reports (or the rights chapter covers withdrawal).
      if (withdrawal === undefined || !chapterReliesOnConsent(chapter, path)) return;
      const data = { chapter: chapter.id };
      if (withdrawal.methods === undefined) {
        context.report({ messageId: "missing", path: [...path, "withdrawal"], at: "key", data });
      } else if (withdrawal.methods.every((method) => method === "contact")) {
        context.report({ messageId: "contactOnly", path: [...path, "withdrawal", "methods"], data });
      }
    });
  },
});
