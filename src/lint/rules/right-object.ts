import { rightIri } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { reportUnlistedRight, rightApplies } from "../rights.js";

export default defineRule({
  meta: {
    id: "right-object",
    articles: ["Art. 13(2)(b)", "Art. 14(2)(c)", "Art. 21"],
    dpv: rightIri["object"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht van bezwaar.",
      en: "State the right to object.",
    },
    messages: {
      missing: {
        nl: "Recht van bezwaar ontbreekt.",
        en: "Right to object is missing.",
      },
    },
    examples: {
      incorrect: `rights:
  rights: [access, rectification, erasure, restriction, portability, withdraw-consent, complaint]
`,
      correct: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
    },
  },
  check(context) {
    // Only where a legal basis the notice relies on brings this right (DPV's mapping).
    if (rightApplies(context.policy, "object")) reportUnlistedRight(context, "object");
  },
});
