import rule from "../../../src/lint/rules/consent-withdrawal-lawfulness.js";
import { testRule } from "../rule-tester.js";

const chapter = (basis: string, withdrawal: string) =>
  `chapters:\n  - id: lezer\n    title: U leest onze nieuwsbrief\n    purposes:\n      items:\n        - text: u de nieuwsbrief sturen.\n          legalBasis: ${basis}\n    withdrawal:\n      text: U kunt uw toestemming intrekken.\n${withdrawal}`;

testRule(rule, {
  valid: [
    { name: "stated", yaml: chapter("consent", "      earlierProcessingStaysLawful: true\n") },
    { name: "no consent in the chapter", yaml: chapter("contract", "") },
    { name: "no clause at all (consent-requires-withdrawal's concern)", yaml: "chapters:\n  - id: lezer\n    title: Lezer\n    purposes:\n      items:\n        - text: nieuwsbrief.\n          legalBasis: consent\n" },
  ],
  invalid: [
    {
      name: "explicitly not stated",
      yaml: chapter("explicit-consent", "      earlierProcessingStaysLawful: false\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "withdrawal", "earlierProcessingStaysLawful"] }],
    },
    {
      name: "not addressed",
      yaml: chapter("consent", "      methods: [link]\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "withdrawal"] }],
    },
  ],
});
