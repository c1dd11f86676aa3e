import { rightIri } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { reportUnlistedRight, rightApplies } from "../rights.js";

export default defineRule({
  meta: {
    id: "right-access",
    articles: ["Art. 13(2)(b)", "Art. 14(2)(c)", "Art. 15"],
    dpv: rightIri["access"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht op inzage.",
      en: "State the right of access.",
    },
    messages: {
      missing: {
        nl: "Recht op inzage ontbreekt.",
        en: "Right of access is missing.",
      },
    },
    examples: {
      incorrect: `rights:
  rights: [rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
      correct: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
    },
  },
  check(context) {
    // Only where a legal basis the notice relies on brings this right (DPV's mapping).
    if (rightApplies(context.policy, "access")) reportUnlistedRight(context, "access");
  },
});
