import rule from "../../../src/lint/rules/data-categories-indirect.js";
import { testRule } from "../rule-tester.js";

const chapter = (collection: string, rest = "") => `chapters:\n  - id: debiteur\n    title: U bent debiteur\n    collection:\n${collection}      text: Wij ontvangen uw gegevens.\n${rest}`;

testRule(rule, {
  valid: [
    { name: "direct only (data-categories-listed's concern)", yaml: chapter("      direct: true\n") },
    { name: "both, with categories", yaml: chapter("      direct: true\n      indirect: true\n", "    categories:\n      items:\n        - text: uw naam.\n          indirect: true\n") },
    { name: "collection not described", yaml: "chapters:\n  - id: debiteur\n    title: U bent debiteur\n" },
  ],
  invalid: [
    {
      name: "direct and indirect, without categories",
      yaml: chapter("      direct: true\n      indirect: true\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0] }],
    },
  ],
});
