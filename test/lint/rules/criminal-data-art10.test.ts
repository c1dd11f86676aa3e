import rule from "../../../src/lint/rules/criminal-data-art10.js";
import { testRule } from "../rule-tester.js";

const fraudAgency = "recipients:\n  cis:\n    name: fraude- of misdaadpreventie- en opsporingsinstanties\n    kind: fraud-prevention\n";
const chapter = (rest: string) => `chapters:\n  - id: klant\n    title: U bent klant\n${rest}`;
const criminal = "    categories:\n      items:\n        - id: sancties\n          text: treffers op sanctielijsten.\n          criminal: true\n";

testRule(rule, {
  valid: [
    { name: "no fraud agencies and no criminal data", yaml: chapter("    recipients:\n      text: Wij delen niets.\n      recipients: [hosting]\n") },
    {
      name: "declared and grounded by the group's law reference",
      yaml: `${chapter(`${criminal}    purposes:\n      items:\n        - text: 'om de Sanctiewet na te leven:'\n          lawReference: Sanctiewet 1977\n          items:\n            - text: sanctielijsten controleren.\n              legalBasis: legal-obligation\n    recipients:\n      text: x\n      items:\n        - text: fraudebestrijders\n          recipient: cis\n`)}${fraudAgency}`,
    },
  ],
  invalid: [
    {
      name: "disclosure to fraud agencies via a bulleted item, nothing declared",
      yaml: `${chapter("    recipients:\n      text: x\n      items:\n        - text: onze hostingpartij\n          recipient: hosting\n        - text: fraudebestrijders\n          recipient: cis\n")}${fraudAgency}`,
      errors: [{ messageId: "undeclared", path: ["chapters", 0, "recipients", "items", 1, "recipient"] }],
    },
    {
      name: "criminal data declared without any law in the chapter's purposes",
      yaml: chapter(`${criminal}    purposes:\n      items:\n        - text: sanctielijsten controleren.\n          legalBasis: legitimate-interest\n`),
      errors: [{ messageId: "noGround", path: ["chapters", 0, "categories", "items", 0, "criminal"] }],
    },
  ],
});
