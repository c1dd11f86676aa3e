import { coveringBasis, policyLeafPurposes, rightIri, rightsByLegalBasis, type Policy } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * Whether the right to rectification applies: under at least one legal basis the notice relies on (DPV's
 * basis → rights mapping; a group's basis covers its items), or always when no basis is declared yet.
 */
function applies(policy: Policy): boolean {
  const bases = policyLeafPurposes(policy).flatMap((located) => coveringBasis(located)?.bases ?? []);
  return bases.length === 0 || bases.some((basis) => rightsByLegalBasis[basis].includes("rectification"));
}

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
  check({ policy, report }) {
    if (!applies(policy)) return;
    if (!policy.rights) report({ messageId: "missing", path: [], at: "key" });
    else if (!policy.rights.rights.includes("rectification")) report({ messageId: "missing", path: ["rights", "rights"] });
  },
});
