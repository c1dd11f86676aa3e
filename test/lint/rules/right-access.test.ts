import rule from "../../../src/lint/rules/right-access.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the right stated next to the others, with only a legal-obligation purpose", yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 AWR
` },
  ],
  invalid: [
    {
      name: "no rights chapter at all",
      yaml: `rights: null
`,
      errors: [{ messageId: "missing", path: [] }],
    },
    {
      name: "access left out of a notice whose bases sit on a group purpose",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: belang
          text: "op grond van ons gerechtvaardigde belang, om:"
          legalBasis: legitimate-interest
          items:
            - id: statistiek
              text: statistieken maken;
            - id: fraude
              text: fraude opsporen.
rights:
  rights: [rectification, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
      errors: [{ messageId: "missing", path: ["rights", "rights"] }],
    },
  ],
});
