import rule from "../../../src/lint/rules/adm-safeguards.js";
import { testRule } from "../rule-tester.js";

const adm = (rest: string): string => `automatedDecisionMaking:
  text: Wij beslissen automatisch over uw aanvraag.
  exists: true
  logic: Wij vergelijken uw gegevens met onze acceptatieregels.
  consequences: Voldoet u niet, dan wijzen wij de aanvraag af.
${rest}`;

testRule(rule, {
  valid: [
    { name: "decisions authorised by law (Art. 22(2)(b)) set their safeguards in that law", yaml: adm("  basis: law\n") },
    { name: "no ADM", yaml: "automatedDecisionMaking:\n  exists: false\n  basis: contract\n" },
  ],
  invalid: [
    {
      name: "explicit consent without any safeguard",
      yaml: adm("  basis: explicit-consent\n"),
      errors: [{ messageId: "missing", path: ["automatedDecisionMaking"] }],
    },
    {
      name: "contract with two of the three safeguards",
      yaml: adm("  basis: contract\n  safeguards: [human-intervention, contest]\n"),
      errors: [{ messageId: "missing", path: ["automatedDecisionMaking", "safeguards"] }],
    },
  ],
});
