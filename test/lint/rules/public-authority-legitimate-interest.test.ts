import rule from "../../../src/lint/rules/public-authority-legitimate-interest.js";
import { testRule } from "../rule-tester.js";

const authority = "controller:\n  publicAuthority: true\n";
const purposes = (items: string) => `${authority}chapters:\n  - id: inwoner\n    title: U bent inwoner\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    { name: "a company may rely on legitimate interest", yaml: "controller:\n  publicAuthority: false\n" },
    { name: "authority not stated", yaml: "controller:\n  publicAuthority: null\n" },
    { name: "an authority with public task and consent", yaml: purposes("        - text: uw aanvraag behandelen.\n          legalBasis: public-task\n        - text: u de nieuwsbrief sturen.\n          legalBasis: consent\n") },
  ],
  invalid: [
    {
      name: "a group stating legitimate interest for two items: reported once",
      yaml: purposes("        - text: 'op grond van ons gerechtvaardigd belang:'\n          legalBasis: legitimate-interest\n          items:\n            - text: camerabewaking.\n            - text: bezoekersregistratie.\n"),
      errors: [{ messageId: "legitimateInterest", path: ["chapters", 0, "purposes", "items", 0, "legalBasis"] }],
    },
  ],
});
