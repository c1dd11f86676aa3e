import rule from "../../../src/lint/rules/consent-withdrawal-how.js";
import { testRule } from "../rule-tester.js";

const chapter = (basis: string, withdrawal: string) =>
  `chapters:\n  - id: lezer\n    title: U leest onze nieuwsbrief\n    purposes:\n      items:\n        - text: u de nieuwsbrief sturen.\n          legalBasis: ${basis}\n    withdrawal:\n      text: U kunt uw toestemming intrekken.\n${withdrawal}`;

testRule(rule, {
  valid: [
    { name: "contact plus a concrete mailbox", yaml: chapter("consent", "      methods: [contact, email]\n") },
    { name: "a setting in the app", yaml: chapter("explicit-consent", "      methods: [settings]\n") },
    { name: "a clause in a chapter without consent is withdrawal-without-consent's concern", yaml: chapter("contract", "      methods: [contact]\n") },
  ],
  invalid: [
    {
      name: "only 'contact us' (the Coface wording)",
      yaml: chapter("consent", "      methods: [contact]\n"),
      errors: [{ messageId: "contactOnly", path: ["chapters", 0, "withdrawal", "methods"] }],
    },
    {
      name: "no way stated at all",
      yaml: chapter("[consent, legitimate-interest]", ""),
      errors: [{ messageId: "missing", path: ["chapters", 0, "withdrawal"] }],
    },
  ],
});
