import rule from "../../../src/lint/rules/provision-requirement-stated.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    {
      name: "indirect collection only (Art. 14 has no such item)",
      yaml: `chapters:
  - id: debiteur
    title: U bent debiteur van een klant
    collection:
      direct: false
      indirect: true
      text: Wij ontvangen uw gegevens van onze klanten.
`,
    },
    {
      name: "explicitly not applicable, with the reason",
      yaml: `chapters:
  - id: bezoeker
    title: U bezoekt de website
    collection:
      direct: true
      text: Wij ontvangen gegevens van uw browser.
    provision:
      notApplicable: U hoeft ons niets te geven; de website werkt ook zonder.
`,
    },
  ],
  invalid: [
    {
      name: "direct and indirect collection, no statement (Coface, chapter IV)",
      yaml: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    collection:
      direct: true
      indirect: false
      text: Wij ontvangen uw gegevens van uzelf.
    provision:
      requirement: [contract-precondition]
      consequences: Zonder e-mailadres geen account.
      text: Uw e-mailadres is nodig.
  - id: debiteur
    title: U bent debiteur van een klant
    collection:
      direct: true
      indirect: true
      text: Wij ontvangen uw gegevens van onze klanten en van uzelf, als u contact met ons opneemt.
`,
      errors: [{ messageId: "missing", path: ["chapters", 1] }],
    },
  ],
});
