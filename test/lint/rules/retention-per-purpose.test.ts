import rule from "../../../src/lint/rules/retention-per-purpose.js";
import { testRule } from "../rule-tester.js";

const purposes = `chapters:
  - id: klant
    title: U bent klant
    categories:
      items:
        - id: contact
          text: uw naam en adres;
        - id: betaling
          text: uw rekeningnummer.
    purposes:
      items:
        - id: contractueel
          text: "op grond van de overeenkomst met u:"
          legalBasis: contract
          items:
            - id: levering
              text: uw bestelling leveren;
            - id: service
              text: uw vragen beantwoorden;
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 Algemene wet inzake rijksbelastingen
`;

testRule(rule, {
  valid: [
    {
      name: "a group id covers the leaf purposes in it",
      yaml: `${purposes}    retention:
      items:
        - text: Klantgegevens bewaren wij tot 1 jaar na de laatste bestelling.
          rules: [na-opzegging]
          purposes: [contractueel]
        - text: Facturen bewaren wij 7 jaar.
          rules: [fiscaal]
          purposes: [administratie]
`,
    },
    {
      name: "a statement keyed to nothing reads as covering the chapter",
      yaml: `${purposes}    retention:
      items:
        - text: Wij bewaren al uw gegevens 7 jaar.
          rules: [fiscaal]
`,
    },
    {
      name: "retention keyed by data category, every category covered",
      yaml: `${purposes}    retention:
      items:
        - text: Contactgegevens bewaren wij tot 1 jaar na de laatste bestelling.
          rules: [na-opzegging]
          categories: [contact]
        - text: Rekeningnummers bewaren wij 7 jaar.
          rules: [fiscaal]
          categories: [betaling]
`,
    },
    {
      name: "a chapter with one purpose",
      yaml: `chapters:
  - id: bezoeker
    title: U bezoekt de website
    purposes:
      items:
        - id: statistiek
          text: bezoek tellen.
          legalBasis: legitimate-interest
    retention:
      items:
        - text: Logbestanden wissen wij na 30 dagen.
          rules: [tot-afmelding]
          categories: [log]
`,
    },
  ],
  invalid: [
    {
      name: "one leaf of a group and the legal-obligation purpose have no retention",
      yaml: `${purposes}    retention:
      items:
        - text: Bestelgegevens bewaren wij tot 1 jaar na de levering.
          rules: [na-opzegging]
          purposes: [levering]
`,
      errors: [
        { messageId: "uncovered", path: ["chapters", 0, "purposes", "items", 0, "items", 1] },
        { messageId: "uncovered", path: ["chapters", 0, "purposes", "items", 1] },
      ],
    },
    {
      name: "a statement tied to one processing (‘Indien wij …’) does not cover the chapter (Coface, chapter IV)",
      yaml: `${purposes}    retention:
      items:
        - text: Indien wij uw Persoonsgegevens verwerken ter uitvoering van een contract, bewaren wij ze 1 jaar.
          rules: [na-opzegging]
          purposes: [contractueel]
        - text: Indien wij uw Persoonsgegevens verwerken ten behoeve van fraudepreventie, bewaren wij ze 2 jaar.
          rules: [na-opzegging]
`,
      errors: [{ messageId: "uncovered", path: ["chapters", 0, "purposes", "items", 1] }],
    },
    {
      name: "category keys that leave a category out fall back to purposes",
      yaml: `${purposes}    retention:
      items:
        - text: Contactgegevens bewaren wij tot 1 jaar na de laatste bestelling.
          rules: [na-opzegging]
          categories: [contact]
`,
      errors: [
        { messageId: "uncovered", path: ["chapters", 0, "purposes", "items", 0, "items", 0] },
        { messageId: "uncovered", path: ["chapters", 0, "purposes", "items", 0, "items", 1] },
        { messageId: "uncovered", path: ["chapters", 0, "purposes", "items", 1] },
      ],
    },
  ],
});
