import rule from "../../../src/lint/rules/consent-for-necessary-processing.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: bezoeker\n    title: U bent websitebezoeker\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    { name: "offering our services is marketing when flagged so", yaml: purposes("        - text: u onze diensten aan te bieden.\n          legalBasis: consent\n          directMarketing: true\n") },
    { name: "informing about products and services", yaml: purposes("        - text: u te informeren over onze producten en diensten aan te bieden.\n          legalBasis: consent\n") },
    { name: "a complaints newsletter is not complaint handling", yaml: purposes("        - text: u ons jaarverslag over klachten sturen.\n          legalBasis: consent\n") },
    { name: "complaint handling on a list with another basis (purpose-basis-mapping's finding)", yaml: purposes("        - text: uw klacht behandelen.\n          legalBasis: [consent, legitimate-interest]\n") },
  ],
  invalid: [
    {
      name: "the Coface website chapter: services and complaints on consent",
      yaml: purposes(
        "        - id: aanbieden\n          text: onze producten en diensten aan te bieden;\n          legalBasis: consent\n        - id: contact\n          text: met u in contact te blijven;\n          legalBasis: consent\n        - id: klachten\n          text: uw klacht of melding in behandeling te behandelen.\n          legalBasis: consent\n",
      ),
      errors: [
        { messageId: "service", path: ["chapters", 0, "purposes", "items", 0, "text"] },
        { messageId: "complaint", path: ["chapters", 0, "purposes", "items", 2, "text"] },
      ],
    },
    {
      name: "performing the contract on consent stated by a group (English)",
      yaml: purposes("        - text: 'based on your consent, to:'\n          legalBasis: consent\n          items:\n            - id: perform\n              text: perform the contract with you.\n"),
      errors: [{ messageId: "service", path: ["chapters", 0, "purposes", "items", 0, "items", 0, "text"] }],
    },
  ],
});
