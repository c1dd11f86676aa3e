import rule from "../../../src/lint/rules/withdrawal-without-consent.js";
import { testRule } from "../rule-tester.js";

const chapter = (basis: string, rest: string) =>
  `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n        - id: levering\n          text: uw bestelling leveren.\n          legalBasis: ${basis}\n${rest}`;
const retention = (rule: string) => `    retention:\n      items:\n        - text: Wij bewaren uw gegevens tot u zich afmeldt.\n          items:\n            - text: tot de afmelding.\n              rules: [${rule}]\n`;

testRule(rule, {
  valid: [
    { name: "consent inside a list of bases keeps the clause meaningful", yaml: chapter("[contract, consent]", "    withdrawal:\n      text: U kunt uw toestemming intrekken.\n") },
    { name: "retention until unsubscribing is not withdrawal of consent", yaml: chapter("contract", retention("tot-afmelding")) },
  ],
  invalid: [
    {
      name: "a clause in a contract-only chapter (Coface chapter III)",
      yaml: chapter("contract", "    withdrawal:\n      text: U heeft het recht om uw toestemming te allen tijde in te trekken.\n"),
      errors: [{ messageId: "noConsent", path: ["chapters", 0, "withdrawal"] }],
    },
    {
      name: "retention that runs until withdrawal, nested in a statement",
      yaml: `${chapter("legitimate-interest", retention("tot-intrekking"))}retentionRules:\n  tot-intrekking:\n    period: P0D\n    trigger: ontvangst van een intrekking of bezwaar\n`,
      errors: [{ messageId: "retentionOnWithdrawal", path: ["chapters", 0, "retention", "items", 0, "items", 0, "rules", 0] }],
    },
  ],
});
