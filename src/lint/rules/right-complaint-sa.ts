import { rightIri } from "../../model/index.js";
import { defineRule } from "../rule.js";
import { reportUnlistedRight } from "../rights.js";

export default defineRule({
  meta: {
    id: "right-complaint-sa",
    articles: ["Art. 13(2)(d)", "Art. 14(2)(e)", "Art. 77"],
    dpv: rightIri.complaint,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht om een klacht in te dienen bij een toezichthoudende autoriteit.",
      en: "State the right to lodge a complaint with a supervisory authority.",
    },
    messages: {
      missing: {
        nl: "Recht om een klacht in te dienen bij een toezichthoudende autoriteit ontbreekt.",
        en: "Right to lodge a complaint with a supervisory authority is missing.",
      },
    },
    examples: {
      incorrect: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent]
`,
      correct: `rights:
  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
    },
  },
  check(context) {
    reportUnlistedRight(context, "complaint");
  },
});
