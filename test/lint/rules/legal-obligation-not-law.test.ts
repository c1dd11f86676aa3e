import rule from "../../../src/lint/rules/legal-obligation-not-law.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    {
      name: "a code of conduct under legitimate interest is fine",
      yaml: purposes("        - text: ons houden aan de Gedragscode Verwerking Persoonsgegevens Verzekeraars.\n          legalBasis: legitimate-interest\n"),
    },
    {
      name: "an EU directive (richtlijn) is law",
      yaml: purposes("        - text: te voldoen aan de Richtlijn (EU) 2015/849 zoals omgezet in de Wwft.\n          legalBasis: legal-obligation\n          lawReference: Wwft\n"),
    },
  ],
  invalid: [
    {
      name: "the Coface wording: (vrijwillige) regelgeving, branche- of sectorcodes",
      yaml: purposes("        - id: regelgeving\n          text: te voldoen aan wetgeving, (vrijwillige) regelgeving, branche- of sectorcodes of richtlijnen.\n          legalBasis: legal-obligation\n"),
      errors: [{ messageId: "voluntaryNorm", path: ["chapters", 0, "purposes", "items", 0, "text"] }],
    },
    {
      name: "in the text of the group that states the obligation, and in an English law reference",
      yaml: purposes(
        "        - text: 'to comply with the law and industry codes:'\n          legalBasis: legal-obligation\n          items:\n            - id: checks\n              text: screening against sanctions lists.\n              lawReference: our internal policy on sanctions\n",
      ),
      errors: [
        { messageId: "voluntaryNorm", path: ["chapters", 0, "purposes", "items", 0, "text"] },
        { messageId: "voluntaryNorm", path: ["chapters", 0, "purposes", "items", 0, "items", 0, "lawReference"] },
      ],
    },
  ],
});
