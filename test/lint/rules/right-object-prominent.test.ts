import rule from "../../../src/lint/rules/right-object-prominent.js";
import { testRule } from "../rule-tester.js";

const consentOnly = `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: nieuwsbrief
          text: u de nieuwsbrief sturen.
          legalBasis: consent
`;

const publicTaskGroup = `chapters:
  - id: burger
    title: U bent inwoner
    purposes:
      items:
        - id: taak
          text: "voor onze publieke taak, om:"
          legalBasis: public-task
          lawReference: Gemeentewet
          items:
            - id: vergunning
              text: uw vergunning te verlenen.
`;

testRule(rule, {
  valid: [
    { name: "no 6(1)(e)/(f) basis and no direct marketing", yaml: `${consentOnly}rights:\n  objectionSeparate: false\n` },
    {
      name: "the right to object is not stated at all (right-object reports that)",
      yaml: `${publicTaskGroup}rights:\n  rights: [access, rectification, restriction, complaint]\n  objectionSeparate: null\n`,
    },
  ],
  invalid: [
    {
      name: "a public-task group purpose with objection not presented separately",
      yaml: `${publicTaskGroup}rights:\n  objectionSeparate: null\n`,
      errors: [{ messageId: "notSeparate", path: ["rights"] }],
    },
    {
      name: "a consent-based direct-marketing purpose with the objection buried in the list",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: aanbiedingen
          text: u aanbiedingen sturen.
          legalBasis: consent
          directMarketing: true
rights:
  rights: [access, rectification, erasure, restriction, portability, object-direct-marketing, withdraw-consent, complaint]
  objectionSeparate: false
`,
      errors: [{ messageId: "notSeparate", path: ["rights", "objectionSeparate"] }],
    },
  ],
});
