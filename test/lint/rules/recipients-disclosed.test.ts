import rule from "../../../src/lint/rules/recipients-disclosed.js";
import { testRule } from "../rule-tester.js";

const chapter = (id: string, rest = "") => `  - id: ${id}\n    title: Hoofdstuk ${id}\n${rest}`;

testRule(rule, {
  valid: [
    { name: "recipients described in text only", yaml: `chapters:\n${chapter("klant", "    recipients:\n      text: Wij delen uw gegevens met onze bank.\n")}` },
  ],
  invalid: [
    {
      name: "the second of two chapters says nothing about recipients",
      yaml: `chapters:\n${chapter("klant", "    recipients:\n      notApplicable: Wij delen niets.\n")}${chapter("bezoeker")}`,
      errors: [{ messageId: "missing", path: ["chapters", 1] }],
    },
  ],
});
