import rule from "../../../src/lint/rules/legal-basis-stated.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    {
      name: "a group states the basis for its items",
      yaml: purposes("        - text: 'op grond van ons gerechtvaardigde belang, om:'\n          legalBasis: legitimate-interest\n          items:\n            - text: fraude te voorkomen.\n            - text: onze diensten te verbeteren.\n"),
    },
    { name: "a list of bases is still a basis", yaml: purposes("        - text: u informeren.\n          legalBasis: [consent, legitimate-interest]\n") },
  ],
  invalid: [
    {
      name: "an item in a group without any basis",
      yaml: purposes("        - text: 'wij verwerken uw gegevens om:'\n          items:\n            - id: levering\n              text: uw bestelling te leveren.\n              legalBasis: contract\n            - id: analyse\n              text: ons aanbod te analyseren.\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0, "items", 1] }],
    },
    {
      name: "a group without basis does not count for its item",
      yaml: purposes("        - text: 'om:'\n          items:\n            - text: uw vragen te beantwoorden.\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0, "items", 0] }],
    },
  ],
});
