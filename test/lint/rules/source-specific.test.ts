import rule from "../../../src/lint/rules/source-specific.js";
import { testRule } from "../rule-tester.js";

const chapter = (keys: string) =>
  `chapters:\n  - id: debiteur\n    title: U bent debiteur\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens.\n      sources: [${keys}]\n`;
const source = (key: string, name: string, extra = "") => `  ${key}:\n    name: ${name}\n    kind: other\n    publiclyAccessible: false\n${extra}`;

testRule(rule, {
  valid: [
    { name: "public sources with their type in brackets", yaml: `${chapter("openbaar")}sources:\n${source("openbaar", "publiek beschikbare bronnen (internet, handelsregister)")}` },
    { name: "clients of a named company", yaml: `${chapter("klanten")}sources:\n${source("klanten", "klanten van Coface")}` },
    { name: "a generic name with a sector", yaml: `${chapter("partners")}sources:\n${source("partners", "samenwerkingspartners", "    sector: kredietverzekeraars in de EU\n")}` },
    { name: "partners qualified by what they do", yaml: `${chapter("partners")}sources:\n${source("partners", "assurantietussenpersonen of andere samenwerkingspartners die voor u bemiddelen")}` },
  ],
  invalid: [
    {
      name: "the Coface sources: own databases, group companies and information providers",
      yaml:
        `${chapter("db, groep, info")}sources:\n${source("db", "onze eigen databases")}` +
        `${source("groep", "andere bedrijven, gelieerde ondernemingen of samenwerkingspartners van de Groep")}${source("info", "informatie- en gegevensverstrekkers")}`,
      errors: [
        { messageId: "generic", path: ["sources", "db", "name"] },
        { messageId: "generic", path: ["sources", "groep", "name"] },
        { messageId: "generic", path: ["sources", "info", "name"] },
      ],
    },
    {
      name: "public sources with only generic examples in brackets (English)",
      yaml: `${chapter("web")}sources:\n${source("web", "publicly available sources (including third parties)")}`,
      errors: [{ messageId: "generic", path: ["sources", "web", "name"] }],
    },
  ],
});
