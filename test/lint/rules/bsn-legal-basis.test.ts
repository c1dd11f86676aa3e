import rule from "../../../src/lint/rules/bsn-legal-basis.js";
import { testRule } from "../rule-tester.js";

const categories = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    categories:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    { name: "masking stated", yaml: categories("        - text: een kopie van uw paspoort.\n          nationalIdBasis: Wij schermen het BSN en de pasfoto af.\n") },
    { name: "the editor states there is no BSN", yaml: categories("        - text: het fiscaal nummer van uw B.V. (RSIN).\n          nationalId: false\n") },
    { name: "compounds that merely contain a term", yaml: categories("        - text: uw klantnummer en de paspoortfoto's die u bij onze fotoservice bestelt.\n") },
  ],
  invalid: [
    {
      name: "the Coface categories: flagged ID and a tax number in the text",
      yaml: categories(
        "        - id: identificatie\n          text: nationaliteit, geboorteland, -plaats en -datum, identiteitsbewijs.\n          nationalId: true\n        - id: financieel\n          text: persoonlijk bankrekeningnummer, fiscaal identificatienummer, schadeverleden.\n",
      ),
      errors: [
        { messageId: "flagged", path: ["chapters", 0, "categories", "items", 0, "nationalId"] },
        { messageId: "mentioned", path: ["chapters", 0, "categories", "items", 1, "text"] },
      ],
    },
    {
      name: "English: a copy of your passport",
      yaml: categories("        - text: a copy of your passport.\n"),
      errors: [{ messageId: "mentioned", path: ["chapters", 0, "categories", "items", 0, "text"] }],
    },
  ],
});
