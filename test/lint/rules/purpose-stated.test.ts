import rule from "../../../src/lint/rules/purpose-stated.js";
import { testRule } from "../rule-tester.js";

const chapter = (id: string, rest = "") => `  - id: ${id}\n    title: Hoofdstuk ${id}\n${rest}`;
const withPurpose = "    purposes:\n      items:\n        - text: uw vragen beantwoorden.\n          legalBasis: legitimate-interest\n";

testRule(rule, {
  valid: [
    { name: "two chapters, each with a purpose", yaml: `chapters:\n${chapter("klant", withPurpose)}${chapter("bezoeker", withPurpose)}` },
    {
      name: "a chapter whose only purpose is a group",
      yaml: `chapters:\n${chapter("klant", "    purposes:\n      items:\n        - text: 'op grond van de overeenkomst:'\n          items:\n            - text: uw bestelling leveren.\n              legalBasis: contract\n")}`,
    },
  ],
  invalid: [
    {
      name: "the second chapter has no purposes",
      yaml: `chapters:\n${chapter("klant", withPurpose)}${chapter("bezoeker")}`,
      errors: [{ messageId: "missing", path: ["chapters", 1] }],
    },
  ],
});
