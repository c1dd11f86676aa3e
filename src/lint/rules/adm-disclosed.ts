import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "adm-disclosed",
    articles: ["Art. 13(2)(f)", "Art. 14(2)(g)", "Art. 22(1)", "Art. 22(4)", "WP251"],
    dpv: `${DPV}AutomatedDecisionMaking`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld bij geautomatiseerde besluitvorming of profilering het bestaan, de onderliggende logica en de verwachte gevolgen.",
      en: "For automated decision-making or profiling, disclose its existence, the logic involved and the envisaged consequences.",
    },
    messages: {
      logicMissing: {
        nl: "Geautomatiseerde besluitvorming/profilering: vermeld nuttige informatie over de onderliggende logica.",
        en: "Automated decision-making/profiling: give meaningful information about the logic involved.",
      },
      consequencesMissing: {
        nl: "Geautomatiseerde besluitvorming/profilering: vermeld het belang en de verwachte gevolgen voor de betrokkene.",
        en: "Automated decision-making/profiling: state its significance and the envisaged consequences for the data subject.",
      },
    },
    examples: {
      incorrect: `automatedDecisionMaking:
  text: Wij bepalen automatisch of u een ritkorting krijgt.
  exists: true
`,
      correct: `automatedDecisionMaking:
  text: Wij bepalen automatisch of u een ritkorting krijgt.
  exists: true
  logic: Het systeem telt uw ritten van de afgelopen maand; vanaf 20 ritten krijgt u korting.
  consequences: Rijdt u minder dan 20 ritten, dan betaalt u het gewone tarief.
  basis: contract
  safeguards: [human-intervention, express-view, contest]
`,
    },
  },
  check({ policy, report }) {
    const adm = policy.automatedDecisionMaking;
    if (adm?.exists !== true) return;
    if (adm.logic === undefined) report({ messageId: "logicMissing", path: ["automatedDecisionMaking"], at: "key" });
    if (adm.consequences === undefined) report({ messageId: "consequencesMissing", path: ["automatedDecisionMaking"], at: "key" });
  },
});
