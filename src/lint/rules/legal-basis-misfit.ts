/**
 * Purpose and basis must fit (Art. 6(1); EDPB Guidelines 2/2019 on Art. 6(1)(b)). Two signals a lawyer
 * would not dispute, read in the purpose's own text:
 * - establishing, exercising or defending legal claims under "contract": not necessary to perform a
 *   contract with the data subject (EDPB 2/2019); it is a legitimate interest (or Art. 9(2)(f));
 * - the controller's own interests ("onze belangen te behartigen") under "legal obligation": an
 *   interest is not an obligation laid down by law.
 * Not reported when the purpose also names legitimate interest as a basis: that ambiguity is
 * purpose-basis-mapping's finding.
 */
import { DPV, coveringBasis, policyLeafPurposes, purposeName } from "../../model/index.js";
import { legalClaimTerms, ownInterestTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "legal-basis-misfit",
    articles: ["Art. 6(1)", "EDPB Guidelines 05/2020", "EDPB Guidelines 2/2019"],
    dpv: `${DPV}LegalBasis`,
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Signaleert doelen die niet op hun grondslag kunnen rusten: rechtsvorderingen onder ‘overeenkomst’, eigen belangen onder ‘wettelijke verplichting’.",
      en: "Flags purposes that cannot rest on their basis: legal claims under ‘contract’, the controller's own interests under ‘legal obligation’.",
    },
    messages: {
      claimsUnderContract: {
        nl: "Doel en rechtsgrond passen niet bij elkaar: `{{term}}` in doel `{{purpose}}` is niet noodzakelijk voor de uitvoering van de overeenkomst met de betrokkene; controleer de gekozen grondslag (meestal gerechtvaardigd belang).",
        en: "Purpose and legal basis do not fit: `{{term}}` in purpose `{{purpose}}` is not necessary to perform the contract with the data subject; review the chosen basis (usually legitimate interest).",
      },
      ownInterestUnderObligation: {
        nl: "Doel en rechtsgrond passen niet bij elkaar: `{{term}}` in doel `{{purpose}}` is een eigen belang, geen wettelijke verplichting; controleer de gekozen grondslag.",
        en: "Purpose and legal basis do not fit: `{{term}}` in purpose `{{purpose}}` is the controller's own interest, not a legal obligation; review the chosen basis.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: geschillen\n          text: om rechtsvorderingen vast te stellen of te verdedigen.\n          legalBasis: contract\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: geschillen\n          text: om rechtsvorderingen vast te stellen of te verdedigen.\n          legalBasis: legitimate-interest\n          legitimateInterest: Ons belang is dat wij ons in een geschil kunnen verdedigen.\n",
    },
  },
  check(context) {
    for (const located of policyLeafPurposes(context.policy)) {
      const bases = coveringBasis(located)?.bases ?? [];
      if (bases.includes("legitimate-interest")) continue;
      const text = located.purpose.text;
      const data = (term: string) => ({ term, purpose: purposeName(located.purpose) });
      const claims = bases.includes("contract") ? legalClaimTerms.find(text) : undefined;
      if (claims !== undefined) {
        context.report({ messageId: "claimsUnderContract", path: [...located.path, "text"], data: data(claims) });
      }
      const interest = bases.includes("legal-obligation") ? ownInterestTerms.find(text) : undefined;
      if (interest !== undefined) {
        context.report({ messageId: "ownInterestUnderObligation", path: [...located.path, "text"], data: data(interest) });
      }
    }
  },
});
