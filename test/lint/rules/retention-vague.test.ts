import rule from "../../../src/lint/rules/retention-vague.js";
import { testRule } from "../rule-tester.js";

const chapter = (rules: string, items: string): string => `retentionRules:
${rules}chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: fraude
          text: fraude voorkomen.
          legalBasis: legitimate-interest
          legitimateInterest: Wij willen niet worden opgelicht.
    retention:
      items:
${items}`;

testRule(rule, {
  valid: [
    {
      name: "‘afhankelijk van’ with a concrete period in the text",
      yaml: chapter(
        "  looptijd:\n    criteria: de looptijd van het contract\n",
        "        - text: Afhankelijk van het product bewaren wij uw gegevens 2 of 5 jaar na het einde van het contract.\n          rules: [looptijd]\n          purposes: [fraude]\n",
      ),
    },
    {
      name: "objective criteria without vague words",
      yaml: chapter(
        "  abonnement:\n    criteria: tot u uw abonnement opzegt\n",
        "        - text: Wij bewaren uw gegevens tot u uw abonnement opzegt.\n          rules: [abonnement]\n          purposes: [fraude]\n",
      ),
    },
    {
      name: "‘wettelijke bewaartermijnen’ is left to retention-statutory-reference",
      yaml: chapter(
        "  wet:\n    criteria: afhankelijk van de betreffende wetgeving\n",
        "        - text: De bewaartermijn is afhankelijk van de betreffende wetgeving.\n          rules: [wet]\n          purposes: [fraude]\n",
      ),
    },
    {
      name: "a vague criterion backed by a named statute",
      yaml: chapter(
        "  wwft:\n    criteria: zolang nodig voor het cliëntenonderzoek\n    statute: artikel 33 Wwft\n",
        "        - text: Wij bewaren deze gegevens zolang nodig voor het cliëntenonderzoek (artikel 33 Wwft).\n          rules: [wwft]\n          purposes: [fraude]\n",
      ),
    },
  ],
  invalid: [
    {
      name: "‘redelijke termijn’ in the published text (Coface, chapter III)",
      yaml: chapter(
        "  fraude:\n    criteria: zolang het bewaren bijdraagt aan fraudepreventie\n",
        "        - text: Indien wij uw Persoonsgegevens verwerken ter voorkoming van fraude, bewaren wij relevante Persoonsgegevens gedurende een redelijke termijn.\n          rules: [fraude]\n          purposes: [fraude]\n",
      ),
      errors: [{ messageId: "vagueText", path: ["chapters", 0, "retention", "items", 0, "text"] }],
    },
    {
      name: "a plain text whose rule has only vague criteria, reported at the rule once",
      yaml: chapter(
        "  nodig:\n    criteria: niet langer dan nodig\n",
        "        - text: Wij wissen de gegevens als wij ze niet meer gebruiken.\n          rules: [nodig]\n          purposes: [fraude]\n        - text: Hetzelfde geldt voor kopieën.\n          rules: [nodig]\n",
      ),
      errors: [{ messageId: "vagueCriteria", path: ["retentionRules", "nodig", "criteria"] }],
    },
    {
      name: "a vague sub-item in English",
      yaml: chapter(
        "  nodig:\n    criteria: as long as necessary\n",
        "        - text: \"We keep:\"\n          purposes: [fraude]\n          items:\n            - text: screening results for as long as necessary.\n              rules: [nodig]\n",
      ),
      errors: [{ messageId: "vagueText", path: ["chapters", 0, "retention", "items", 0, "items", 0, "text"] }],
    },
  ],
});
