import { GDPR } from "../../model/index.js";
import { defineRule } from "../rule.js";

const safeguards = ["human-intervention", "express-view", "contest"] as const;

/** Art. 22(3): decisions under the contract or explicit-consent exception need all three safeguards. */
export default defineRule({
  meta: {
    id: "adm-safeguards",
    articles: ["Art. 22(3)"],
    dpv: `${GDPR}A22`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht op menselijke tussenkomst, het geven van een standpunt en het aanvechten van het besluit.",
      en: "State the right to human intervention, to express a view and to contest the decision.",
    },
    messages: {
      missing: {
        nl: "Vermeld het recht op menselijke tussenkomst, het geven van een standpunt en het aanvechten van het besluit; ontbreekt: {{missing}}.",
        en: "State the right to human intervention, to express a view and to contest the decision; missing: {{missing}}.",
      },
    },
    examples: {
      incorrect: `automatedDecisionMaking:
  text: Wij bepalen automatisch of u een ritkorting krijgt.
  exists: true
  logic: Het systeem telt uw ritten van de afgelopen maand; vanaf 20 ritten krijgt u korting.
  consequences: Rijdt u minder dan 20 ritten, dan betaalt u het gewone tarief.
  basis: contract
  safeguards: [contest]
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
    if (adm?.exists !== true || (adm.basis !== "contract" && adm.basis !== "explicit-consent")) return;
    const given: readonly string[] = adm.safeguards ?? [];
    const missing = safeguards.filter((safeguard) => !given.includes(safeguard));
    if (missing.length === 0) return;
    const data = { missing: missing.map((safeguard) => `\`${safeguard}\``).join(", ") };
    if (adm.safeguards) report({ messageId: "missing", path: ["automatedDecisionMaking", "safeguards"], data });
    else report({ messageId: "missing", path: ["automatedDecisionMaking"], at: "key", data });
  },
});
