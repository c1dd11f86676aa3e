import rule from "../../../src/lint/rules/legal-obligation-law-named.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    {
      name: "the group names the law for its items",
      yaml: purposes("        - text: 'om te voldoen aan de Wwft:'\n          legalBasis: legal-obligation\n          lawReference: Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft)\n          items:\n            - text: uw identiteit te controleren.\n"),
    },
    {
      name: "a named law together with generic words",
      yaml: purposes("        - text: sanctielijsten controleren.\n          legalBasis: legal-obligation\n          lawReference: Sanctiewet 1977 en andere toepasselijke wetgeving\n"),
    },
  ],
  invalid: [
    {
      name: "a public task without a law",
      yaml: purposes("        - id: vergunning\n          text: uw aanvraag behandelen.\n          legalBasis: public-task\n"),
      errors: [{ messageId: "missing", path: ["chapters", 0, "purposes", "items", 0] }],
    },
    {
      name: "only 'wet- en regelgeving' (after fillers such as 'de')",
      yaml: purposes("        - id: naleving\n          text: de wet naleven.\n          legalBasis: legal-obligation\n          lawReference: de toepasselijke wet- en regelgeving\n"),
      errors: [{ messageId: "generic", path: ["chapters", 0, "purposes", "items", 0, "lawReference"] }],
    },
  ],
});
