import rule from "../../../src/lint/rules/right-rectification.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "stated for a legitimate-interest group", yaml: `chapters:
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
      name: "left out with only a legal-obligation purpose (it applies under every basis)",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 AWR
rights:
  rights: [access, erasure, restriction, portability, object, withdraw-consent, complaint]
`,
      errors: [{ messageId: "missing", path: ["rights", "rights"] }],
    },
  ],
});
