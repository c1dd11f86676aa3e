/**
 * A withdrawal clause belongs with consent (Art. 13(2)(c)). Offered where no purpose rests on consent,
 * it suggests a basis that does not exist and misleads data subjects about their rights (EDPB
 * Guidelines 05/2020: no switching of basis after withdrawal). Signals: a chapter's `withdrawal`
 * section, or (when there is none) a retention statement keyed to the withdrawal of consent.
 */
import { chapterReliesOnConsent, rightIri } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { withdrawalTriggerTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "withdrawal-without-consent",
    articles: ["Art. 13(2)(c)", "EDPB Guidelines 05/2020"],
    dpv: rightIri["withdraw-consent"],
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Een hoofdstuk zonder doel op grond van toestemming heeft geen intrekkingsclausule en geen bewaartermijn die op intrekking van toestemming is gebaseerd.",
      en: "A chapter without a purpose based on consent has no withdrawal clause and no retention keyed to withdrawal of consent.",
    },
    messages: {
      noConsent: {
        nl: "Hoofdstuk `{{chapter}}`: intrekkingsrecht vermeld terwijl geen enkel doel in dit hoofdstuk op toestemming berust; verwijder de clausule of vermeld het doel dat op toestemming berust.",
        en: "Chapter `{{chapter}}`: withdrawal right stated although no purpose in this chapter relies on consent; remove the clause or declare the consent-based purpose.",
      },
      retentionOnWithdrawal: {
        nl: "Hoofdstuk `{{chapter}}`: bewaartermijn `{{rule}}` loopt tot intrekking (`{{trigger}}`) terwijl geen enkel doel in dit hoofdstuk op toestemming berust.",
        en: "Chapter `{{chapter}}`: retention rule `{{rule}}` runs until withdrawal (`{{trigger}}`) although no purpose in this chapter relies on consent.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n        - id: levering\n          text: uw bestelling leveren.\n          legalBasis: contract\n    withdrawal:\n      text: U kunt uw toestemming op elk moment intrekken.\n",
      correct:
        "chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n        - id: levering\n          text: uw bestelling leveren.\n          legalBasis: contract\n",
    },
  },
  check(context) {
    const rules = context.policy.retentionRules ?? {};
    context.policy.chapters.forEach((chapter, index) => {
      const path: PolicyPath = ["chapters", index];
      if (chapterReliesOnConsent(chapter, path)) return;
      if (chapter.withdrawal !== undefined) {
        context.report({ messageId: "noConsent", path: [...path, "withdrawal"], data: { chapter: chapter.id } });
        return;
      }
      // One finding per chapter: the first retention statement keyed to withdrawal.
      const references: { rule: string; path: PolicyPath }[] = [];
      (chapter.retention?.items ?? []).forEach((item, i) => {
        const itemPath: PolicyPath = [...path, "retention", "items", i];
        (item.rules ?? []).forEach((rule, j) => references.push({ rule, path: [...itemPath, "rules", j] }));
        (item.items ?? []).forEach((sub, k) =>
          (sub.rules ?? []).forEach((rule, j) => references.push({ rule, path: [...itemPath, "items", k, "rules", j] })),
        );
      });
      for (const reference of references) {
        const trigger = rules[reference.rule]?.trigger;
        if (trigger !== undefined && withdrawalTriggerTerms.find(trigger) !== undefined) {
          context.report({
            messageId: "retentionOnWithdrawal",
            path: reference.path,
            data: { chapter: chapter.id, rule: reference.rule, trigger },
          });
          return;
        }
      }
    });
  },
});
