/**
 * Art. 6(1), second subparagraph: point (f) "shall not apply to processing carried out by public
 * authorities in the performance of their tasks". Applies when `controller.publicAuthority` is true.
 */
import { coveringBasis, legalBasisIri, policyLeafPurposes, purposeName } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "public-authority-legitimate-interest",
    articles: ["Art. 6(1) second subparagraph"],
    dpv: legalBasisIri["legitimate-interest"],
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Een overheidsinstantie (`controller.publicAuthority: true`) gebruikt geen gerechtvaardigd belang als grondslag voor haar taakuitoefening.",
      en: "A public authority (`controller.publicAuthority: true`) does not rely on legitimate interests for performing its tasks.",
    },
    messages: {
      legitimateInterest: {
        nl: "Overheidsorganisaties kunnen voor hun taakuitoefening geen gerechtvaardigd belang gebruiken (doel `{{purpose}}`); gebruik een publieke taak of wettelijke verplichting, of licht toe dat dit doel buiten de taak valt.",
        en: "Public authorities cannot rely on legitimate interest for their tasks (purpose `{{purpose}}`); use public task or legal obligation, or explain that this purpose lies outside the task.",
      },
    },
    examples: {
      incorrect: "controller:\n  publicAuthority: true\n",
      correct:
        "controller:\n  publicAuthority: true\nchapters:\n  - id: inwoner\n    title: U bent inwoner\n    purposes:\n      items:\n        - id: vergunning\n          text: uw aanvraag voor een vergunning behandelen.\n          legalBasis: public-task\n          lawReference: Algemene wet bestuursrecht\n",
    },
  },
  check(context) {
    if (context.policy.controller.publicAuthority !== true) return;
    const reported = new Set<string>();
    for (const located of policyLeafPurposes(context.policy)) {
      const covering = coveringBasis(located);
      if (!covering?.bases.includes("legitimate-interest")) continue;
      const key = JSON.stringify(covering.path);
      if (reported.has(key)) continue;
      reported.add(key);
      context.report({ messageId: "legitimateInterest", path: covering.path, data: { purpose: purposeName(covering.owner) } });
    }
  },
});
