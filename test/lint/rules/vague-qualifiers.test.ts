import rule from "../../../src/lint/rules/vague-qualifiers.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    {
      name: "ability and ‘zo snel mogelijk’ are not hedges",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: bellen
          text: om u te kunnen bellen over uw bestelling en zo snel mogelijk te leveren.
          legalBasis: contract
`,
    },
    {
      name: "words that merely contain a qualifier (‘mogelijkheid’, ‘kanaal’, ‘somewhere’) do not match",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    categories:
      items:
        - text: uw voorkeur voor een kanaal en de mogelijkheid om u te bellen.
    recipients:
      text: We share your data with our courier, who delivers somewhere in the Netherlands.
`,
    },
    {
      name: "‘kan’ and ‘worden’ in two sentences do not make a hedge",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    categories:
      items:
        - text: uw telefoonnummer, zodat de koerier u kan bellen. Die gegevens worden na de levering gewist.
`,
    },
    {
      name: "hedges outside the checked sections (rights, retention) are not this rule's concern",
      yaml: "rights:\n  text: U kunt mogelijk ook bezwaar maken.\n",
    },
  ],
  invalid: [
    {
      name: "‘Wij kunnen verschillende soorten Persoonsgegevens verwerken’ in the categories (Coface)",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    categories:
      text: "Wij kunnen verschillende soorten Persoonsgegevens verwerken, zoals:"
      items:
        - text: uw naam.
`,
      errors: [{ messageId: "qualifier", path: ["chapters", 0, "categories", "text"] }],
    },
    {
      name: "a hedge in a nested purpose and in the transfers text",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: groep
          text: "op grond van ons gerechtvaardigde belang:"
          legalBasis: legitimate-interest
          items:
            - id: analyse
              text: soms maken wij statistieken.
transfers:
  notApplicable: null
  title: Doorgifte
  text: Gegevens kunnen ook buiten de EER worden geraadpleegd.
  transfers:
    groep:
      countries: [US]
`,
      errors: [
        { messageId: "qualifier", path: ["chapters", 0, "purposes", "items", 0, "items", 0, "text"] },
        { messageId: "qualifier", path: ["transfers", "text"] },
      ],
    },
    {
      name: "English ‘may’ in a recipients item",
      yaml: `chapters:
  - id: customer
    title: You are a customer
    recipients:
      text: "We share your data with:"
      items:
        - text: partners who may help us deliver.
`,
      errors: [{ messageId: "qualifier", path: ["chapters", 0, "recipients", "items", 0, "text"] }],
    },
  ],
});
