import rule from "../../../src/lint/rules/legitimate-interest-specified.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    {
      name: "the group states a specific interest for its items",
      yaml: purposes(
        "        - text: 'op grond van ons gerechtvaardigde belang, om:'\n          legalBasis: legitimate-interest\n          legitimateInterest: Ons belang is dat wij onze verzekerden beschermen tegen wanbetaling.\n          items:\n            - text: kredietlimieten te bepalen.\n",
      ),
    },
    {
      name: "a specific interest that mentions commercial purposes among other things",
      yaml: purposes("        - text: ons aanbod verbeteren.\n          legalBasis: legitimate-interest\n          legitimateInterest: Commerciële doeleinden, namelijk het afstemmen van onze verzekeringen op wat ondernemers nodig hebben.\n"),
    },
    { name: "not a legitimate-interest purpose", yaml: purposes("        - text: uw bestelling leveren.\n          legalBasis: contract\n") },
  ],
  invalid: [
    {
      name: "two items of a legitimate-interest group without an interest: reported once at the group",
      yaml: purposes("        - id: belang\n          text: 'ons gerechtvaardigde belang, om:'\n          legalBasis: legitimate-interest\n          items:\n            - text: fraude te voorkomen.\n            - text: statistieken te maken.\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0] }],
    },
    {
      name: "legitimate interest as one of two listed bases",
      yaml: purposes("        - id: informeren\n          text: u informeren.\n          legalBasis: [consent, legitimate-interest]\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0] }],
    },
    {
      name: "only commercial purposes (English)",
      yaml: purposes("        - id: commercial\n          text: improving our offer.\n          legalBasis: legitimate-interest\n          legitimateInterest: Our legitimate interests and commercial purposes.\n"),
      errors: [{ messageId: "generic", path: ["chapters", 0, "purposes", "items", 0, "legitimateInterest"] }],
    },
  ],
});
