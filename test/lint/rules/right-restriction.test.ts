import rule from "../../../src/lint/rules/right-restriction.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "stated with only a contract purpose", yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: levering
          text: uw bestelling leveren.
          legalBasis: contract
` },
  ],
  invalid: [
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
  rights: [access, rectification, erasure, portability, object, withdraw-consent, complaint]
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
