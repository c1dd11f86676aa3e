import rule from "../../../src/lint/rules/right-portability.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a notice relying only on legal obligation and legitimate interest need not state portability", yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 AWR
        - id: beveiliging
          text: onze systemen beveiligen.
          legalBasis: legitimate-interest
rights:
  rights: [access, rectification, erasure, restriction, object, withdraw-consent, complaint]
` },
  ],
  invalid: [
    {
      name: "left out although a group purpose rests on consent",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 AWR
        - id: toestemming
          text: "op grond van uw toestemming, om:"
          legalBasis: consent
          items:
            - id: nieuws
              text: u nieuws te sturen.
rights:
  rights: [access, rectification, erasure, restriction, object, withdraw-consent, complaint]
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
