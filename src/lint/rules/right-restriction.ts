import { rightIri } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { reportUnlistedRight, rightApplies } from "../rights.js";

export default defineRule({
  meta: {
    id: "right-restriction",
    articles: ["Art. 13(2)(b)", "Art. 14(2)(c)", "Art. 18"],
    dpv: rightIri["restriction"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht op beperking van de verwerking.",
      en: "State the right to restriction of processing.",
    },
    messages: {
      missing: {
        nl: "Recht op beperking van de verwerking ontbreekt.",
        en: "Right to restriction of processing is missing.",
      },
    },
    examples: {
      incorrect: `rights:
  rights: [access, rectification, erasure, portability, object, withdraw-consent, complaint]
`,
      correct: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
    },
  },
  check(context) {
    // Only where a legal basis the notice relies on brings this right (DPV's mapping).
    if (rightApplies(context.policy, "restriction")) reportUnlistedRight(context, "restriction");
  },
});
