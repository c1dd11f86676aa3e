/**
 * Every purpose carries an Art. 6(1) basis (Art. 13(1)(c), 14(1)(c)). A group of purposes may state
 * the basis for all its items ("op grond van ons gerechtvaardigde belang, om: …"); only a leaf purpose
 * covered by no basis at all is reported.
 */
import { DPV, coveringBasis, policyLeafPurposes, purposeName } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "legal-basis-stated",
    articles: ["Art. 13(1)(c)", "Art. 14(1)(c)", "Art. 6(1)"],
    dpv: `${DPV}LegalBasis`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Elk doel heeft een rechtsgrond (`legalBasis`), zelf of via de groep doelen waar het onder valt.",
      en: "Every purpose has a legal basis (`legalBasis`), of its own or from the group of purposes it belongs to.",
    },
    messages: {
      missing: {
        nl: "Doel `{{purpose}}` zonder rechtsgrond: vermeld de grondslag uit art. 6 lid 1 AVG.",
        en: "Purpose `{{purpose}}` without a legal basis: state the Art. 6(1) GDPR basis.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: account-beheren\n          text: uw account beheren.\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: account-beheren\n          text: uw account beheren.\n          legalBasis: contract\n",
    },
  },
  check(context) {
    for (const located of policyLeafPurposes(context.policy)) {
      if (coveringBasis(located) === undefined) {
        context.report({ messageId: "missing", path: located.path, at: "key", data: { purpose: purposeName(located.purpose) } });
      }
    }
  },
});
