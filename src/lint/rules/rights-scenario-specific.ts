import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "rights-scenario-specific",
    articles: ["WP260 annex item 9", "Art. 12(1)"],
    dpv: `${DPV}DataSubjectRight`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Leg per recht kort uit wat het inhoudt en wanneer het geldt, in plaats van één algemeen voorbehoud.",
      en: "Briefly explain each right and when it applies, instead of one blanket caveat.",
    },
    messages: {
      blanketCaveat: {
        nl: "Rechten alleen opgesomd met een algemeen voorbehoud; leg per recht kort uit wat het inhoudt en wanneer het geldt.",
        en: "Rights only listed with a blanket caveat; briefly explain each right and when it applies.",
      },
    },
    examples: {
      incorrect: `rights:
  blanketCaveat: true
`,
      correct: `rights:
  blanketCaveat: false
`,
    },
  },
  check({ policy, report }) {
    if (policy.rights?.blanketCaveat === true) report({ messageId: "blanketCaveat", path: ["rights", "blanketCaveat"] });
  },
});
