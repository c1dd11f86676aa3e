import rule from "../../../src/lint/rules/provision-requirement-consistency.js";
import { testRule } from "../rule-tester.js";

const chapter = (requirement: string, collectionText: string, purposes: string): string => `chapters:
  - id: bezoeker
    title: U bezoekt de website
    collection:
      direct: true
      text: ${collectionText}
    provision:
      requirement: ${requirement}
      consequences: Geen.
      text: Het verstrekken van uw gegevens is vrijwillig.
    purposes:
      items:
${purposes}`;

const newsletter = "        - id: nieuwsbrief\n          text: u de nieuwsbrief sturen.\n          legalBasis: consent\n";
const contractGroup =
  '        - id: overeenkomst\n          text: "op grond van de overeenkomst met u:"\n          legalBasis: contract\n          items:\n            - id: levering\n              text: uw bestelling leveren.\n';

testRule(rule, {
  valid: [
    {
      name: "registering for the newsletter is voluntary",
      yaml: chapter("[voluntary]", "Wij ontvangen uw gegevens als u zich registreert voor onze nieuwsbrief.", newsletter),
    },
    {
      name: "partly voluntary, partly needed for the contract",
      yaml: chapter("[voluntary, contract-precondition]", "Wij ontvangen uw gegevens van uzelf.", contractGroup),
    },
  ],
  invalid: [
    {
      name: "voluntary while a group purpose rests on the contract",
      yaml: chapter("[voluntary]", "Wij ontvangen uw gegevens van uzelf.", newsletter + contractGroup),
      errors: [{ messageId: "contractBasis", path: ["chapters", 0, "provision", "requirement"] }],
    },
    {
      name: "voluntary while the data serve to sign up for services (Coface, chapter I)",
      yaml: chapter(
        "[voluntary]",
        "Wij verzamelen uw Persoonsgegevens die u ons zelf verstrekt wanneer u zich bijvoorbeeld aanmeldt voor onze diensten op onze websites.",
        newsletter,
      ),
      errors: [{ messageId: "signUp", path: ["chapters", 0, "provision", "requirement"] }],
    },
  ],
});
