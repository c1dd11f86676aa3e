import rule from "../../../src/lint/rules/legal-basis-misfit.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    {
      name: "legal claims next to legitimate interest in a list of bases",
      yaml: purposes("        - text: om rechtsvorderingen in te stellen.\n          legalBasis: [contract, legitimate-interest]\n"),
    },
    { name: "the public interest is not our interest", yaml: purposes("        - text: fraude melden in het belang van de samenleving.\n          legalBasis: legal-obligation\n") },
    { name: "legal claims under legitimate interest", yaml: purposes("        - text: om rechtsvorderingen te verdedigen.\n          legalBasis: legitimate-interest\n") },
  ],
  invalid: [
    {
      name: "the Coface wording: own interests under legal obligations, inside a group",
      yaml: purposes(
        "        - text: 'te voldoen aan wettelijke verplichtingen, om:'\n          items:\n            - id: belangen\n              text: onze belangen te behartigen, niet geschaad te worden door frauduleuze activiteiten.\n              legalBasis: legal-obligation\n",
      ),
      errors: [{ messageId: "ownInterestUnderObligation", path: ["chapters", 0, "purposes", "items", 0, "items", 0, "text"] }],
    },
    {
      name: "legal claims under a contract basis stated by the group",
      yaml: purposes("        - text: 'het uitvoeren van een contract met u:'\n          legalBasis: contract\n          items:\n            - id: claims\n              text: to establish, exercise or defend legal claims.\n"),
      errors: [{ messageId: "claimsUnderContract", path: ["chapters", 0, "purposes", "items", 0, "items", 0, "text"] }],
    },
  ],
});
