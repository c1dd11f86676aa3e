import rule from "../../../src/lint/rules/indirect-notice-timing.js";
import { testRule } from "../rule-tester.js";

const chapter = (collection: string) => `chapters:\n  - id: debiteur\n    title: U bent debiteur\n    collection:\n      text: Wij ontvangen uw gegevens van onze klanten.\n${collection}`;

testRule(rule, {
  valid: [
    { name: "an Art. 14(5) exemption lifts the timing duty", yaml: chapter("      indirect: true\n      exemption:\n        ground: required-by-law\n") },
    { name: "direct collection only", yaml: chapter("      direct: true\n      indirect: false\n") },
  ],
  invalid: [
    {
      name: "indirect next to direct, no timing",
      yaml: chapter("      direct: true\n      indirect: true\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "collection"] }],
    },
  ],
});
