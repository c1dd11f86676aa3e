import { rightIri } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { reportUnlistedRight, rightApplies } from "../rights.js";

export default defineRule({
  meta: {
    id: "right-portability",
    articles: ["Art. 13(2)(b)", "Art. 14(2)(c)", "Art. 20"],
    dpv: rightIri["portability"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht op overdraagbaarheid van gegevens.",
      en: "State the right to data portability.",
    },
    messages: {
      missing: {
        nl: "Recht op overdraagbaarheid van gegevens ontbreekt.",
        en: "Right to data portability is missing.",
      },
    },
    examples: {
      incorrect: `rights:
  rights: [access, rectification, erasure, restriction, object, withdraw-consent, complaint]
`,
      correct: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
    },
  },
  check(context) {
    // Only where a legal basis the notice relies on brings this right (DPV's mapping).
    if (rightApplies(context.policy, "portability")) reportUnlistedRight(context, "portability");
  },
});
