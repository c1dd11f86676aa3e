import rule from "../../../src/lint/rules/right-object.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a notice relying only on consent and contract need not state the right to object", yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: nieuwsbrief
          text: u de nieuwsbrief sturen.
          legalBasis: consent
        - id: levering
          text: uw bestelling leveren.
          legalBasis: contract
rights:
  rights: [access, rectification, erasure, restriction, portability, withdraw-consent, complaint]
` },
    { name: "a purpose with several bases, one of them consent, and no 6(1)(e)/(f)", yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: beide
          text: u bellen.
          legalBasis: [consent, contract]
rights:
  rights: [access, rectification, erasure, restriction, portability, withdraw-consent, complaint]
` },
  ],
  invalid: [
    {
      name: "left out although a group purpose rests on legitimate interest",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: nieuwsbrief
          text: u de nieuwsbrief sturen.
          legalBasis: consent
        - id: belang
          text: "op grond van ons gerechtvaardigde belang, om:"
          legalBasis: legitimate-interest
          items:
            - id: statistiek
              text: statistieken maken;
            - id: fraude
              text: fraude opsporen.
rights:
  rights: [access, rectification, erasure, restriction, portability, withdraw-consent, complaint]
`,
      errors: [{ messageId: "missing", path: ["rights", "rights"] }],
    },
    {
      name: "only the direct-marketing objection is not the general right to object",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: beveiliging
          text: onze systemen beveiligen.
          legalBasis: legitimate-interest
rights:
  rights: [access, rectification, erasure, restriction, portability, object-direct-marketing, complaint]
`,
      errors: [{ messageId: "missing", path: ["rights", "rights"] }],
    },
  ],
});
