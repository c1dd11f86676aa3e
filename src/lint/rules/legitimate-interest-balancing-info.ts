/**
 * WP260 annex item 4: with Art. 6(1)(f), information from the balancing test should be offered on
 * request (or summarised). Reported once where the basis is stated (the purpose or its group).
 */
import { coveringBasis, inheritedField, legalBasisIri, policyLeafPurposes, purposeName } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "legitimate-interest-balancing-info",
    articles: ["WP260 annex item 4"],
    dpv: legalBasisIri["legitimate-interest"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een doel op grond van gerechtvaardigd belang zegt dat informatie over de belangenafweging op verzoek beschikbaar is (`balancingTestOnRequest: true`).",
      en: "A purpose based on legitimate interests says that information on the balancing test is available on request (`balancingTestOnRequest: true`).",
    },
    messages: {
      missing: {
        nl: "Gerechtvaardigd belang voor `{{purpose}}`: vermeld dat informatie over de belangenafweging op verzoek beschikbaar is.",
        en: "Legitimate interest for `{{purpose}}`: state that information on the balancing test is available on request.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: app-verbeteren\n          text: storingen in de app opsporen.\n          legalBasis: legitimate-interest\n          legitimateInterest: Ons belang is een app die betrouwbaar werkt.\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: app-verbeteren\n          text: storingen in de app opsporen.\n          legalBasis: legitimate-interest\n          legitimateInterest: Ons belang is een app die betrouwbaar werkt.\n          balancingTestOnRequest: true\n",
    },
  },
  check(context) {
    const reported = new Set<string>();
    for (const located of policyLeafPurposes(context.policy)) {
      const covering = coveringBasis(located);
      if (!covering?.bases.includes("legitimate-interest")) continue;
      const offered = inheritedField(located, "balancingTestOnRequest");
      if (offered?.value === true) continue;
      // An explicit `false` is pointed at; a missing field at the purpose stating the basis.
      const path = offered?.path ?? covering.ownerPath;
      const key = JSON.stringify(path);
      if (reported.has(key)) continue;
      reported.add(key);
      context.report({
        messageId: "missing",
        path,
        ...(offered ? {} : { at: "key" as const }),
        data: { purpose: purposeName(offered?.owner ?? covering.owner) },
      });
    }
  },
});
