import { expect, it } from "vitest";
import rule from "../../../src/lint/rules/retention-statutory-reference.js";
import { runRule, testRule } from "../rule-tester.js";

const chapter = (rules: string, items: string): string => `retentionRules:
${rules}chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: contract
          text: het contract uitvoeren.
          legalBasis: contract
    retention:
      items:
${items}`;

const cofaceContract = chapter(
  "  contractduur:\n    criteria: de duur van het contract\n",
  "        - text: Indien wij uw Persoonsgegevens verwerken ter uitvoering van een contract, is de periode van opslag afhankelijk van de duur van het contract en de daarbij horende (evt. wettelijke) bewaartermijnen.\n          rules: [contractduur]\n          purposes: [contract]\n",
);

testRule(rule, {
  valid: [
    {
      name: "statutory wording with the statute and period on the rule",
      yaml: chapter(
        "  fiscaal7:\n    period: P7Y\n    statute: artikel 52 AWR\n",
        "        - text: Wij bewaren uw gegevens volgens de wettelijke bewaartermijn.\n          rules: [fiscaal7]\n          purposes: [contract]\n",
      ),
    },
    {
      name: "no reference to the law at all",
      yaml: chapter("  kort:\n    period: P6M\n", "        - text: Wij bewaren uw gegevens 6 maanden.\n          rules: [kort]\n          purposes: [contract]\n"),
    },
  ],
  invalid: [
    {
      name: "‘(evt. wettelijke) bewaartermijnen’ without a statute (Coface, chapter III)",
      yaml: cofaceContract,
      errors: [{ messageId: "noStatute", path: ["chapters", 0, "retention", "items", 0, "text"] }],
    },
    {
      name: "the statute named but no period",
      yaml: chapter(
        "  wwft:\n    criteria: de wettelijke bewaartermijn\n    statute: Wwft\n",
        "        - text: Wij bewaren deze gegevens volgens de wettelijke bewaartermijn van de Wwft.\n          rules: [wwft]\n          purposes: [contract]\n",
      ),
      errors: [{ messageId: "noPeriod", path: ["chapters", 0, "retention", "items", 0, "text"] }],
    },
    {
      name: "only the rule's criteria cite ‘applicable law’, reported at the rule",
      yaml: chapter(
        "  wet:\n    criteria: the retention periods of applicable law\n",
        "        - text: We delete these records once the period ends.\n          rules: [wet]\n          purposes: [contract]\n",
      ),
      errors: [{ messageId: "noStatute", path: ["retentionRules", "wet", "criteria"] }],
    },
  ],
});

it("retention-statutory-reference quotes the phrase without the bracket between its words", () => {
  expect(runRule(rule, cofaceContract)[0]?.data).toEqual({ phrase: "wettelijke bewaartermijnen" });
});
