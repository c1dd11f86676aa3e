import { coveringBasis, policyLeafPurposes, rightIri, rightsByLegalBasis, type Policy } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * Whether the right to object applies: under at least one legal basis the notice relies on (DPV's
 * basis → rights mapping; a group's basis covers its items), or always when no basis is declared yet.
 */
function applies(policy: Policy): boolean {
  const bases = policyLeafPurposes(policy).flatMap((located) => coveringBasis(located)?.bases ?? []);
  return bases.length === 0 || bases.some((basis) => rightsByLegalBasis[basis].includes("object"));
}

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
  check({ policy, report }) {
    if (!applies(policy)) return;
    if (!policy.rights) report({ messageId: "missing", path: [], at: "key" });
    else if (!policy.rights.rights.includes("object")) report({ messageId: "missing", path: ["rights", "rights"] });
  },
});
