import { coveringBasis, policyLeafPurposes, rightIri, rightsByLegalBasis, type Policy } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * Whether the right to restriction of processing applies: under at least one legal basis the notice relies on (DPV's
 * basis → rights mapping; a group's basis covers its items), or always when no basis is declared yet.
 */
function applies(policy: Policy): boolean {
  const bases = policyLeafPurposes(policy).flatMap((located) => coveringBasis(located)?.bases ?? []);
  return bases.length === 0 || bases.some((basis) => rightsByLegalBasis[basis].includes("restriction"));
}

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
  check({ policy, report }) {
    if (!applies(policy)) return;
    if (!policy.rights) report({ messageId: "missing", path: [], at: "key" });
    else if (!policy.rights.rights.includes("restriction")) report({ messageId: "missing", path: ["rights", "rights"] });
  },
});
