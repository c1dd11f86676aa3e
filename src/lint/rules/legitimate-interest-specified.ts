/**
 * Relying on Art. 6(1)(f) means naming the specific interest (Art. 13(1)(d), 14(2)(b); WP260 annex
 * item 4: "the specific interest in question must be identified"). "Ons gerechtvaardigd belang" or
 * "commerciële doeleinden" alone names none. The interest may be stated on the purpose or on the
 * group that states the basis; it is reported once, where the basis is stated.
 */
import { coveringBasis, inheritedField, legalBasisIri, policyLeafPurposes, purposeName } from "../../model/index.js";
import { genericInterestTerms, onlyGeneric } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "legitimate-interest-specified",
    articles: ["Art. 13(1)(d)", "Art. 14(2)(b)", "WP260 annex item 4"],
    dpv: legalBasisIri["legitimate-interest"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een doel op grond van gerechtvaardigd belang noemt het concrete belang (`legitimateInterest`), niet alleen ‘ons gerechtvaardigd belang’ of ‘commerciële doeleinden’.",
      en: "A purpose based on legitimate interests states the specific interest (`legitimateInterest`), not just ‘our legitimate interest’ or ‘commercial purposes’.",
    },
    messages: {
      missing: {
        nl: "Gerechtvaardigd belang als grondslag voor `{{purpose}}`, maar het concrete belang wordt niet benoemd (`legitimateInterest`).",
        en: "Legitimate interest relied on for `{{purpose}}`, but the specific interest is not stated (`legitimateInterest`).",
      },
      generic: {
        nl: "Gerechtvaardigd belang als grondslag voor `{{purpose}}`, maar `{{interest}}` benoemt geen concreet belang: zeg welk belang van wie wordt gediend.",
        en: "Legitimate interest relied on for `{{purpose}}`, but `{{interest}}` states no specific interest: say whose interest is served, and how.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: app-verbeteren\n          text: storingen in de app opsporen.\n          legalBasis: legitimate-interest\n          legitimateInterest: Ons gerechtvaardigd belang.\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: app-verbeteren\n          text: storingen in de app opsporen.\n          legalBasis: legitimate-interest\n          legitimateInterest: Ons belang is een app die betrouwbaar werkt.\n",
    },
  },
  check(context) {
    const reported = new Set<string>();
    const once = (path: readonly (string | number)[]): boolean => {
      const key = JSON.stringify(path);
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    };
    for (const located of policyLeafPurposes(context.policy)) {
      const covering = coveringBasis(located);
      if (!covering?.bases.includes("legitimate-interest")) continue;
      const interest = inheritedField(located, "legitimateInterest");
      if (interest === undefined) {
        if (once(covering.ownerPath)) {
          context.report({ messageId: "missing", path: covering.ownerPath, at: "key", data: { purpose: purposeName(covering.owner) } });
        }
      } else if (onlyGeneric(interest.value, genericInterestTerms) && once(interest.path)) {
        context.report({
          messageId: "generic",
          path: interest.path,
          data: { purpose: purposeName(interest.owner), interest: interest.value.trim() },
        });
      }
    }
  },
});
