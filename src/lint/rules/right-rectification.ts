import { rightIri } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { reportUnlistedRight, rightApplies } from "../rights.js";

export default defineRule({
  meta: {
    id: "right-rectification",
    articles: ["Art. 13(2)(b)", "Art. 14(2)(c)", "Art. 16"],
    dpv: rightIri["rectification"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht op rectificatie.",
      en: "State the right to rectification.",
    },
    messages: {
      missing: {
        nl: "Recht op rectificatie ontbreekt.",
        en: "Right to rectification is missing.",
      },
    },
    examples: {
      incorrect: `rights:
  rights: [access, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
      correct: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
    },
  },
  check(context) {
    // Only where a legal basis the notice relies on brings this right (DPV's mapping).
    if (rightApplies(context.policy, "rectification")) reportUnlistedRight(context, "rectification");
  },
});
