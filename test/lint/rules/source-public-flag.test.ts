import rule from "../../../src/lint/rules/source-public-flag.js";
import { testRule } from "../rule-tester.js";

const chapter = (id: string, indirect: boolean, sources: string) =>
  `  - id: ${id}\n    title: Hoofdstuk ${id}\n    collection:\n      indirect: ${indirect}\n      text: Wij ontvangen uw gegevens.\n      sources: [${sources}]\n`;
const sources = "sources:\n  kvk:\n    name: het handelsregister\n    kind: public-register\n  zelf:\n    name: uzelf\n    kind: data-subject\n";

testRule(rule, {
  valid: [
    { name: "the data subject as a source needs no flag", yaml: `chapters:\n${chapter("debiteur", true, "zelf")}${sources}` },
    { name: "a source only of a direct chapter", yaml: `chapters:\n${chapter("klant", false, "kvk")}${sources}` },
  ],
  invalid: [
    {
      name: "one source referred to from two indirect chapters: reported once",
      yaml: `chapters:\n${chapter("debiteur", true, "kvk, zelf")}${chapter("prospect", true, "kvk")}${sources}`,
      errors: [{ messageId: "missing", path: ["sources", "kvk"] }],
    },
  ],
});
