import rule from "../../../src/lint/rules/purpose-basis-mapping.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: prospect\n    title: U bent een potentiële klant\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    {
      name: "several purposes, each with its own single basis",
      yaml: purposes("        - text: u informeren.\n          legalBasis: consent\n        - text: uw behoeften analyseren.\n          legalBasis: legitimate-interest\n"),
    },
    { name: "a list with one basis", yaml: purposes("        - text: u informeren.\n          legalBasis: [consent]\n") },
    {
      name: "an item's own basis overrides its group's list",
      yaml: purposes("        - text: 'op grond van toestemming of gerechtvaardigd belang:'\n          legalBasis: [consent, legitimate-interest]\n          items:\n            - text: u informeren.\n              legalBasis: consent\n"),
    },
  ],
  invalid: [
    {
      name: "a group with two bases over three items is reported once, at the group",
      yaml: purposes(
        "        - id: marketing\n          text: 'op basis van uw toestemming of ons gerechtvaardigde belang:'\n          legalBasis: [consent, legitimate-interest]\n          items:\n            - text: met u in contact blijven.\n            - text: evenementen organiseren.\n            - text: uw behoeften analyseren.\n",
      ),
      errors: [{ messageId: "several", path: ["chapters", 0, "purposes", "items", 0, "legalBasis"] }],
    },
    {
      name: "each leaf with two bases is reported",
      yaml: purposes("        - text: u informeren.\n          legalBasis: [consent, legitimate-interest]\n        - text: evenementen organiseren.\n          legalBasis: [consent, legitimate-interest]\n"),
      errors: [
        { messageId: "several", path: ["chapters", 0, "purposes", "items", 0, "legalBasis"] },
        { messageId: "several", path: ["chapters", 0, "purposes", "items", 1, "legalBasis"] },
      ],
    },
  ],
});
