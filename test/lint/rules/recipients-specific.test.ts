import rule from "../../../src/lint/rules/recipients-specific.js";
import { testRule } from "../rule-tester.js";

const chapter = (keys: string) =>
  `chapters:\n  - id: klant\n    title: U bent klant\n    recipients:\n      text: Wij delen uw gegevens.\n      recipients: [${keys}]\n`;
const recipient = (key: string, name: string, kind: string, extra = "") => `  ${key}:\n    name: ${name}\n    kind: ${kind}\n${extra}`;

testRule(rule, {
  valid: [
    {
      name: "types of recipients are specific enough",
      yaml: `${chapter("banken, herverzekeraars, fraude")}recipients:\n${recipient("banken", "banken", "bank")}${recipient("herverzekeraars", "herverzekeraars", "insurer")}${recipient("fraude", "fraude- of misdaadpreventie- en opsporingsinstanties", "fraud-prevention")}`,
    },
    { name: "a named partner", yaml: `${chapter("bond")}recipients:\n${recipient("bond", "Partners", "business-partner", "    named: true\n")}` },
    { name: "a compound that names the type", yaml: `${chapter("it")}recipients:\n${recipient("it", "IT-dienstverleners in Nederland", "processor")}` },
    { name: "an unreferenced generic recipient is not this chapter's disclosure", yaml: `recipients:\n${recipient("derden", "derden", "other")}` },
  ],
  invalid: [
    {
      name: "the Coface recipients: group entities, partners and service providers",
      yaml:
        `${chapter("groep, partners, diensten")}recipients:\n${recipient("groep", "elke entiteit die onderdeel is van de Groep", "group-company")}` +
        `${recipient("partners", "onze samenwerkingspartners", "business-partner")}${recipient("diensten", "service dienstverleners", "service-provider")}`,
      errors: [
        { messageId: "generic", path: ["recipients", "groep", "name"] },
        { messageId: "generic", path: ["recipients", "partners", "name"] },
        { messageId: "generic", path: ["recipients", "diensten", "name"] },
      ],
    },
    {
      name: "group entities with only generic examples in brackets, via a bulleted item",
      yaml:
        "chapters:\n  - id: klant\n    title: U bent klant\n    recipients:\n      text: Wij delen uw gegevens.\n      items:\n        - text: de Groep\n          recipient: groep\n" +
        `recipients:\n${recipient("groep", "entiteiten van de Groep (waaronder dochterondernemingen en bijkantoren)", "group-company")}`,
      errors: [{ messageId: "generic", path: ["recipients", "groep", "name"] }],
    },
  ],
});
