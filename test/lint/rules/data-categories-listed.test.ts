import rule from "../../../src/lint/rules/data-categories-listed.js";
import { testRule } from "../rule-tester.js";

const chapter = (collection: string) => `chapters:\n  - id: bezoeker\n    title: U bezoekt de website\n    collection:\n${collection}      text: Wij ontvangen uw gegevens.\n`;

testRule(rule, {
  valid: [
    { name: "indirect too: data-categories-indirect reports that", yaml: chapter("      direct: true\n      indirect: true\n") },
    { name: "direct not stated", yaml: chapter("      indirect: false\n") },
  ],
  invalid: [
    {
      name: "direct only, no categories, indirect explicitly false",
      yaml: chapter("      direct: true\n      indirect: false\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0] }],
    },
  ],
});
