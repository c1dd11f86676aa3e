import rule from "../../../src/lint/rules/provision-consequences-stated.js";
import { testRule } from "../rule-tester.js";

const chapter = (provision: string): string => `chapters:
  - id: bezoeker
    title: U bezoekt de website
    collection:
      direct: true
      text: Wij ontvangen uw gegevens van uzelf, via het contactformulier.
${provision}`;

testRule(rule, {
  valid: [
    {
      name: "voluntary provision with ‘no consequences’ stated",
      yaml: chapter(`    provision:
      requirement: [voluntary]
      consequences: Geeft u uw telefoonnummer niet, dan heeft dat geen gevolgen; wij antwoorden dan per e-mail.
      text: Uw telefoonnummer geven is vrijwillig.
`),
    },
    { name: "no provision statement (provision-requirement-stated reports that)", yaml: chapter("") },
    { name: "explicitly not applicable", yaml: chapter("    provision:\n      notApplicable: Het formulier vraagt geen persoonsgegevens.\n") },
  ],
  invalid: [
    {
      name: "voluntary provision without consequences (Coface, chapter I)",
      yaml: chapter(`    provision:
      requirement: [voluntary]
      text: Wij bevestigen dat het verstrekken van uw Persoonsgegevens in deze categorie vrijwillig is.
`),
      errors: [{ messageId: "missing", path: ["chapters", 0, "provision"] }],
    },
    {
      name: "a statutory requirement without consequences",
      yaml: chapter(`    provision:
      requirement: [statutory, contract-precondition]
      text: Wij moeten uw identiteit vaststellen op grond van de Wwft.
`),
      errors: [{ messageId: "missing", path: ["chapters", 0, "provision"] }],
    },
  ],
});
