import rule from "../../../src/lint/rules/art14-exemption-justified.js";
import { testRule } from "../rule-tester.js";

const exemption = (body: string) =>
  `chapters:\n  - id: onderzoek\n    title: Onderzoek\n    collection:\n      indirect: true\n      text: Uit archieven.\n      exemption:\n${body}`;

testRule(rule, {
  valid: [
    { name: "required by law: the law provides the measures (Art. 14(5)(c))", yaml: exemption("        ground: required-by-law\n") },
    { name: "professional secrecy (Art. 14(5)(d))", yaml: exemption("        ground: professional-secrecy\n") },
    { name: "impossible, with measures", yaml: exemption("        ground: impossible\n        measures: Wij publiceren deze informatie op onze website.\n") },
  ],
  invalid: [
    {
      name: "impossible, without measures",
      yaml: exemption("        ground: impossible\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "collection", "exemption"] }],
    },
  ],
});
