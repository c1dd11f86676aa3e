import rule from "../../../src/lint/rules/right-erasure.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a notice relying only on a legal obligation need not state erasure (Art. 17(3)(b))", yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 AWR
rights:
  rights: [access, rectification, restriction, portability, object, withdraw-consent, complaint]
` },
  ],
  invalid: [
    {
      name: "left out although a purpose rests on consent",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 AWR
        - id: nieuwsbrief
          text: u de nieuwsbrief sturen.
          legalBasis: consent
rights:
  rights: [access, rectification, restriction, portability, object, withdraw-consent, complaint]
`,
      errors: [{ messageId: "missing", path: ["rights", "rights"] }],
    },
    {
      name: "no rights chapter at all",
      yaml: `rights: null
`,
      errors: [{ messageId: "missing", path: [] }],
    },
  ],
});
