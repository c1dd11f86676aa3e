import { rightIri } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { reportUnlistedRight, rightApplies } from "../rights.js";

export default defineRule({
  meta: {
    id: "right-erasure",
    articles: ["Art. 13(2)(b)", "Art. 14(2)(c)", "Art. 17"],
    dpv: rightIri["erasure"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht op wissing.",
      en: "State the right to erasure.",
    },
    messages: {
      missing: {
        nl: "Recht op gegevenswissing ontbreekt.",
        en: "Right to erasure is missing.",
      },
    },
    examples: {
      incorrect: `rights:
  rights: [access, rectification, restriction, portability, object, withdraw-consent, complaint]
`,
      correct: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
    },
  },
  check(context) {
    // Only where a legal basis the notice relies on brings this right (DPV's mapping).
    if (rightApplies(context.policy, "erasure")) reportUnlistedRight(context, "erasure");
  },
});
