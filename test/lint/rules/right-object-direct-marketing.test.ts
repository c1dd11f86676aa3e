import rule from "../../../src/lint/rules/right-object-direct-marketing.js";
import { testRule } from "../rule-tester.js";

const marketingGroup = `chapters:
  - id: prospect
    title: U bent een potentiële klant
    purposes:
      items:
        - id: marketing
          text: "op grond van ons gerechtvaardigde belang, om:"
          legalBasis: legitimate-interest
          directMarketing: true
          items:
            - id: nieuwe-producten
              text: u te informeren over onze nieuwe producten;
            - id: evenementen
              text: u uit te nodigen voor evenementen.
`;

testRule(rule, {
  valid: [
    { name: "no direct-marketing purpose", yaml: "rights:\n  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent, complaint]\n" },
    {
      name: "a direct-marketing group with the unconditional objection stated",
      yaml: `${marketingGroup}rights:\n  rights: [access, rectification, erasure, restriction, object, object-direct-marketing, complaint]\n`,
    },
  ],
  invalid: [
    {
      name: "a direct-marketing group with only the general right to object",
      yaml: marketingGroup,
      errors: [{ messageId: "missing", path: ["rights", "rights"] }],
    },
    {
      name: "direct marketing and no rights chapter",
      yaml: `${marketingGroup}rights: null\n`,
      errors: [{ messageId: "missing", path: [] }],
    },
  ],
});
