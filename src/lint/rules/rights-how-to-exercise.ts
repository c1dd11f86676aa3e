import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * The rights chapter names the contact points for exercising rights (`howToExercise`), and at
 * least one of them has a concrete channel (e-mail, phone, postal address or web address).
 * References to undeclared contact points are the validator's concern.
 */
export default defineRule({
  meta: {
    id: "rights-how-to-exercise",
    articles: ["Art. 12(2)", "WP260 annex item 9"],
    dpv: `${DPV}DataSubjectRight`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Leg uit hoe en waar de betrokkene zijn rechten kan uitoefenen.",
      en: "Explain how and where data subjects can exercise their rights.",
    },
    messages: {
      missing: {
        nl: "Leg uit hoe en waar de betrokkene zijn rechten kan uitoefenen (`howToExercise`).",
        en: "Explain how and where data subjects can exercise their rights (`howToExercise`).",
      },
      noChannel: {
        nl: "De contactpunten om rechten uit te oefenen hebben geen e-mailadres, telefoonnummer, postadres of webadres.",
        en: "The contact points for exercising rights have no e-mail address, phone number, postal address or web address.",
      },
    },
    examples: {
      incorrect: `rights:
  howToExercise: null
`,
      correct: `rights:
  howToExercise: [privacy]
`,
    },
  },
  check({ policy, report }) {
    const rights = policy.rights;
    if (!rights) return;
    const keys = rights.howToExercise ?? [];
    if (keys.length === 0) {
      report({ messageId: "missing", path: ["rights"], at: "key" });
      return;
    }
    const points = keys.flatMap((key) => {
      const point = policy.controller.contactPoints?.[key];
      return point ? [point] : [];
    });
    if (points.length === 0) return;
    const reachable = points.some((point) => point.email ?? point.phone ?? point.postalAddress ?? point.url);
    if (!reachable) report({ messageId: "noChannel", path: ["rights", "howToExercise"] });
  },
});
