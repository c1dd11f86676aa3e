import rule from "../../../src/lint/rules/consent-requires-withdrawal.js";
import { testRule } from "../rule-tester.js";

const noGlobalRight = "rights:\n  rights: [access, rectification, erasure, complaint]\n";
const chapter = (id: string, purposes: string, rest = "") =>
  `  - id: ${id}\n    title: Hoofdstuk ${id}\n    purposes:\n      items:\n${purposes}${rest}`;
const consent = "        - text: u de nieuwsbrief sturen.\n          legalBasis: consent\n";

testRule(rule, {
  valid: [
    { name: "the notice-wide rights chapter covers withdrawal", yaml: `chapters:\n${chapter("lezer", consent)}` },
    { name: "no consent purpose, no clause needed", yaml: `${noGlobalRight}chapters:\n${chapter("klant", "        - text: leveren.\n          legalBasis: contract\n")}` },
  ],
  invalid: [
    {
      name: "explicit consent inside a group, only the second chapter lacks a clause",
      yaml:
        `${noGlobalRight}chapters:\n${chapter("lezer", consent, "    withdrawal:\n      text: Afmelden kan via de link onder elke nieuwsbrief.\n")}` +
        chapter("sporter", "        - text: 'met uw uitdrukkelijke toestemming:'\n          legalBasis: explicit-consent\n          items:\n            - text: uw hartslag analyseren.\n"),
      errors: [{ messageId: "missing", path: ["chapters", 1] }],
    },
    {
      name: "consent as one of a list of bases",
      yaml: `${noGlobalRight}chapters:\n${chapter("prospect", "        - text: u informeren.\n          legalBasis: [consent, legitimate-interest]\n")}`,
      errors: [{ messageId: "missing", path: ["chapters", 0] }],
    },
  ],
});
