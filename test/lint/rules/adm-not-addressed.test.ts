import { expect, it } from "vitest";
import rule from "../../../src/lint/rules/adm-not-addressed.js";
import { runRule, testRule } from "../rule-tester.js";

const chapter = (purposes: string): string => `automatedDecisionMaking: null
chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
${purposes}`;

const needsThenRisk = chapter(`        - id: behoeften
          text: om uw zakelijke behoeften te analyseren.
          legalBasis: legitimate-interest
        - id: acceptatie
          text: om uw kredietwaardigheid te beoordelen.
          legalBasis: contract
`);

testRule(rule, {
  valid: [
    {
      name: "purposes without risk assessment, scoring or analysis",
      yaml: chapter("        - id: levering\n          text: uw bestelling leveren en storingen in de app analyseren.\n          legalBasis: contract\n"),
    },
    {
      name: "a positive ADM statement with a profiling purpose",
      yaml: `automatedDecisionMaking:
  exists: true
  logic: Wij vergelijken uw betaalgedrag met dat van vergelijkbare bedrijven.
  consequences: Een lage score leidt tot een lagere kredietlimiet.
chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: score
          text: uw kredietwaardigheid beoordelen.
          legalBasis: legitimate-interest
          profiling: true
`,
    },
  ],
  invalid: [
    {
      name: "‘het beoordelen van verzekeringsrisico's’ inside a contract group (Coface, chapter III)",
      yaml: chapter(`        - id: contract
          text: "het opstellen of uitvoeren van een contract met u:"
          legalBasis: contract
          items:
            - id: diensten
              text: om diensten aan u aan te bieden. Dit kan het verwerken van transacties, het beoordelen van verzekeringsrisico's en -dekking en schadeafhandeling omvatten.
`),
      errors: [{ messageId: "signal", path: ["chapters", 0, "purposes", "items", 0, "items", 0, "text"] }],
    },
    {
      name: "risk assessment is named before an earlier needs analysis",
      yaml: needsThenRisk,
      errors: [{ messageId: "signal", path: ["chapters", 0, "purposes", "items", 1, "text"] }],
    },
    {
      name: "a purpose marked as profiling, in English",
      yaml: chapter("        - id: segments\n          text: group our customers by spending.\n          legalBasis: legitimate-interest\n          profiling: true\n"),
      errors: [{ messageId: "profiling", path: ["chapters", 0, "purposes", "items", 0, "profiling"] }],
    },
    {
      name: "a statement that says ‘no profiling’ while a purpose profiles",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: segmenten
          text: klanten indelen naar koopgedrag.
          legalBasis: legitimate-interest
          profiling: true
`,
      errors: [{ messageId: "contradicted", path: ["automatedDecisionMaking", "exists"] }],
    },
  ],
});

it("adm-not-addressed quotes the risk assessment, not the earlier needs analysis", () => {
  expect(runRule(rule, needsThenRisk)[0]?.data).toEqual({ phrase: "kredietwaardigheid", purpose: "acceptatie" });
});
