import rule from "../../../src/lint/rules/recipients-purpose-consistency.js";
import { testRule } from "../rule-tester.js";

const chapter = (subjects: string, purpose: string, keys: string) =>
  `chapters:\n  - id: h\n    title: Hoofdstuk\n    dataSubjects: [${subjects}]\n    purposes:\n      items:\n        - id: doel\n          text: ${purpose}\n          legalBasis: legitimate-interest\n    recipients:\n      text: Ontvangers.\n      recipients: [${keys}]\n`;
const recipients =
  "recipients:\n  klanten:\n    name: onze verzekerde klanten\n    kind: client\n  incasso:\n    name: incassobureaus\n    kind: debt-collector\n  herverzekeraars:\n    name: herverzekeraars\n    kind: insurer\n";

testRule(rule, {
  valid: [
    { name: "our own collection service for customers implies no disclosure", yaml: `${chapter("customer", "het voeren van incasso's.", "hosting")}${recipients}` },
    { name: "improving our credit insurance products (not about debtors)", yaml: `${chapter("customer", "onze kredietverzekeringen verbeteren.", "hosting")}${recipients}` },
    { name: "debtor chapter with clients among the recipients", yaml: `${chapter("debtor", "kredietverzekering en business information.", "klanten")}${recipients}` },
    { name: "no recipients section (recipients-disclosed's concern)", yaml: "chapters:\n  - id: h\n    title: H\n    dataSubjects: [debtor]\n    purposes:\n      items:\n        - text: incasso.\n          legalBasis: legitimate-interest\n" },
  ],
  invalid: [
    {
      name: "the Coface debtor chapter: credit insurance and collection without clients",
      yaml: `${chapter("debtor", "het beheren van incasso, zoals kredietverzekering, business information, incasso of factoring.", "incasso, herverzekeraars")}${recipients}`,
      errors: [{ messageId: "client", path: ["chapters", 0, "purposes", "items", 0, "text"] }],
    },
    {
      name: "debt collectors and reinsurance named, neither listed",
      yaml: `${chapter("customer", "vorderingen uit handen geven aan incassobureaus en risico's herverzekeren.", "klanten")}${recipients}`,
      errors: [
        { messageId: "debtCollector", path: ["chapters", 0, "purposes", "items", 0, "text"] },
        { messageId: "insurer", path: ["chapters", 0, "purposes", "items", 0, "text"] },
      ],
    },
  ],
});
