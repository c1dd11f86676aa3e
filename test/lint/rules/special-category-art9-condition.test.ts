import rule from "../../../src/lint/rules/special-category-art9-condition.js";
import { testRule } from "../rule-tester.js";

const chapter = (categories: string, purposes: string) =>
  `chapters:\n  - id: sporter\n    title: U sport met de app\n    categories:\n      items:\n${categories}    purposes:\n      items:\n${purposes}`;
const health = "        - id: naam\n          text: uw naam.\n        - id: hartslag\n          text: uw hartslag.\n          special: true\n";

testRule(rule, {
  valid: [
    { name: "explicit consent is the Art. 9(2)(a) condition", yaml: chapter(health, "        - text: trainingsadvies.\n          legalBasis: explicit-consent\n") },
    {
      name: "one purpose with a condition covers the chapter; a group can state it",
      yaml: chapter(health, "        - text: nieuwsbrief.\n          legalBasis: consent\n        - text: 'voor uw gezondheid:'\n          art9Condition: art9-2-h\n          items:\n            - text: trainingsadvies.\n              legalBasis: contract\n"),
    },
    { name: "no special categories", yaml: chapter("        - text: uw naam.\n          special: false\n", "        - text: account.\n          legalBasis: contract\n") },
  ],
  invalid: [
    {
      name: "special data and no condition anywhere in the chapter",
      yaml: chapter(health, "        - text: nieuwsbrief.\n          legalBasis: consent\n        - text: trainingsadvies.\n          legalBasis: contract\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "categories", "items", 1, "special"] }],
    },
  ],
});
