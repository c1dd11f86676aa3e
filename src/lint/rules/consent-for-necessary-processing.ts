/**
 * Consent is not the basis for processing that is necessary anyway (Art. 6(1)(a) vs (b); Art. 7(4);
 * EDPB Guidelines 05/2020): handling a complaint, providing the service the data subject asked for,
 * or performing their contract. Read in the text of purposes that rest on consent alone:
 * - a complaint together with handling it ("uw klacht … te behandelen");
 * - providing or performing a requested service or contract ("diensten aan te bieden", "de overeenkomst
 *   uit te voeren") — not when the purpose is marketing (`directMarketing`, or wording such as
 *   "informeren", "aanbiedingen", "nieuwsbrief"), where "aanbieden" means offering and consent can fit.
 */
import { coveringBasis, legalBasisIri, policyLeafPurposes, purposeName } from "../../model/index.js";
import { complaintTerms, handlingTerms, marketingPurposeTerms, necessaryServiceTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "consent-for-necessary-processing",
    articles: ["Art. 6(1)(a)", "Art. 6(1)(b)", "Art. 7(4)", "EDPB Guidelines 05/2020"],
    dpv: legalBasisIri.consent,
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Signaleert toestemming als enige grondslag voor klachtbehandeling of voor het leveren van de gevraagde dienst of overeenkomst.",
      en: "Flags consent as the only basis for complaint handling or for providing the requested service or contract.",
    },
    messages: {
      complaint: {
        nl: "Toestemming als grondslag voor het behandelen van een klacht (`{{purpose}}`): die verwerking is noodzakelijk, ook zonder toestemming; kies de juiste grondslag (overeenkomst, wettelijke verplichting of gerechtvaardigd belang).",
        en: "Consent used for handling a complaint (`{{purpose}}`): that processing is necessary, consent or not; use the appropriate basis (contract, legal obligation or legitimate interest).",
      },
      service: {
        nl: "Toestemming als grondslag voor verwerking die noodzakelijk is voor de dienst of overeenkomst (`{{term}}` in `{{purpose}}`); kies de juiste grondslag.",
        en: "Consent used for processing that is necessary for the service or contract (`{{term}}` in `{{purpose}}`); use the appropriate basis.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: klachten\n          text: uw klacht behandelen.\n          legalBasis: consent\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: klachten\n          text: uw klacht behandelen.\n          legalBasis: legitimate-interest\n          legitimateInterest: Ons belang is dat wij klachten zorgvuldig kunnen afhandelen.\n",
    },
  },
  check(context) {
    for (const located of policyLeafPurposes(context.policy)) {
      const bases = coveringBasis(located)?.bases ?? [];
      // Only consent alone: with another basis listed too, the ambiguity is purpose-basis-mapping's.
      if (bases.length === 0 || !bases.every((basis) => basis === "consent" || basis === "explicit-consent")) continue;
      const text = located.purpose.text;
      const path = [...located.path, "text"];
      const purpose = purposeName(located.purpose);
      if (complaintTerms.find(text) !== undefined && handlingTerms.find(text) !== undefined) {
        context.report({ messageId: "complaint", path, data: { purpose } });
        continue;
      }
      const service = necessaryServiceTerms.find(text);
      const marketing = located.purpose.directMarketing === true || marketingPurposeTerms.find(text) !== undefined;
      if (service !== undefined && !marketing) {
        context.report({ messageId: "service", path, data: { purpose, term: service } });
      }
    }
  },
});
