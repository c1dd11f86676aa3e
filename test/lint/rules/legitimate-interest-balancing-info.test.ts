import rule from "../../../src/lint/rules/legitimate-interest-balancing-info.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n${items}`;
const interest = "          legitimateInterest: Ons belang is het voorkomen van fraude.\n";

testRule(rule, {
  valid: [
    {
      name: "offered once on the group that states the basis",
      yaml: purposes(`        - text: 'ons gerechtvaardigde belang, om:'\n          legalBasis: legitimate-interest\n${interest}          balancingTestOnRequest: true\n          items:\n            - text: fraude te voorkomen.\n`),
    },
    { name: "no legitimate interest in the chapter", yaml: purposes("        - text: uw bestelling leveren.\n          legalBasis: contract\n") },
  ],
  invalid: [
    {
      name: "explicitly not offered",
      yaml: purposes(`        - id: fraude\n          text: fraude voorkomen.\n          legalBasis: legitimate-interest\n${interest}          balancingTestOnRequest: false\n`),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0, "balancingTestOnRequest"] }],
    },
    {
      name: "not addressed on a leaf with a list of bases",
      yaml: purposes(`        - id: analyse\n          text: uw behoeften analyseren.\n          legalBasis: [consent, legitimate-interest]\n${interest}`),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0] }],
    },
  ],
});
