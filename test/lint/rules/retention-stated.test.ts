import rule from "../../../src/lint/rules/retention-stated.js";
import { testRule } from "../rule-tester.js";

const chapter = (retention: string): string => `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: levering
          text: uw bestelling leveren.
          legalBasis: contract
${retention}`;

testRule(rule, {
  valid: [
    {
      name: "a statement whose period is given by its sub-items' rules",
      yaml: chapter(`    retention:
      items:
        - text: "Wij wissen uw gegevens:"
          purposes: [levering]
          items:
            - text: na afloop van de levering;
              rules: [tot-afmelding]
`),
    },
    {
      name: "a statement without a rule whose text names a duration",
      yaml: chapter(`    retention:
      items:
        - text: Wij wissen uw gegevens zes maanden na de levering.
          purposes: [levering]
`),
    },
  ],
  invalid: [
    {
      name: "the second chapter has no retention at all",
      yaml: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    retention:
      items:
        - text: Wij bewaren uw gegevens tot 1 jaar na opzegging.
          rules: [na-opzegging]
  - id: sollicitant
    title: U solliciteert
`,
      errors: [{ messageId: "missing", path: ["chapters", 1] }],
    },
    {
      name: "a statement with neither rule nor duration",
      yaml: chapter(`    retention:
      items:
        - text: Wij bewaren uw gegevens zorgvuldig.
          purposes: [levering]
`),
      errors: [{ messageId: "noPeriod", path: ["chapters", 0, "retention", "items", 0] }],
    },
  ],
});
