import rule from "../../../src/lint/rules/source-disclosed.js";
import { testRule } from "../rule-tester.js";

const chapter = (collection: string) => `chapters:\n  - id: debiteur\n    title: U bent debiteur\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens.\n${collection}`;

testRule(rule, {
  valid: [
    { name: "a bulleted list of sources without references", yaml: chapter("      items:\n        - text: van onze klanten, uw schuldeisers.\n") },
    {
      name: "a source referred to from a bulleted item",
      yaml: `${chapter("      items:\n        - text: het handelsregister\n          source: kvk\n")}sources:\n  kvk:\n    name: het handelsregister\n    kind: public-register\n    publiclyAccessible: true\n`,
    },
    { name: "direct collection needs no source", yaml: "chapters:\n  - id: klant\n    title: U bent klant\n    collection:\n      direct: true\n      text: Van uzelf.\n" },
  ],
  invalid: [
    {
      name: "indirect, but the only source is the data subject",
      yaml: chapter("      sources: [gebruiker]\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "collection"] }],
    },
    {
      name: "indirect with no sources at all",
      yaml: chapter(""),
      errors: [{ messageId: "missing", path: ["chapters", 0, "collection"] }],
    },
  ],
});
