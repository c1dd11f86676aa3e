import rule from "../../../src/lint/rules/special-category-law-named.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: medewerker\n    title: U werkt bij ons\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    { name: "explicit consent rests on no law", yaml: purposes("        - text: sportprogramma.\n          legalBasis: consent\n          art9Condition: art9-2-a\n") },
    { name: "legal claims (f) rest on no law", yaml: purposes("        - text: verdediging in rechte.\n          legalBasis: legitimate-interest\n          art9Condition: art9-2-f\n") },
    {
      name: "the group names the law for its items",
      yaml: purposes("        - text: 'op grond van art. 30 UAVG:'\n          art9Condition: art9-2-b\n          art9LawReference: artikel 30 UAVG\n          items:\n            - text: verzuim registreren.\n              legalBasis: legal-obligation\n"),
    },
  ],
  invalid: [
    {
      name: "public health (i) stated on a group without the law: reported once",
      yaml: purposes("        - id: volksgezondheid\n          text: 'voor de volksgezondheid:'\n          art9Condition: art9-2-i\n          items:\n            - text: meldingen doen.\n              legalBasis: legal-obligation\n            - text: gegevens delen met de GGD.\n              legalBasis: legal-obligation\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0, "art9Condition"] }],
    },
    {
      name: "research (j) on a leaf",
      yaml: purposes("        - id: onderzoek\n          text: wetenschappelijk onderzoek.\n          legalBasis: public-task\n          art9Condition: art9-2-j\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0, "art9Condition"] }],
    },
  ],
});
