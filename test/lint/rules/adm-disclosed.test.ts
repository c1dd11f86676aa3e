import rule from "../../../src/lint/rules/adm-disclosed.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "no ADM chapter (adm-not-addressed judges that)", yaml: "automatedDecisionMaking: null\n" },
    { name: "a negative statement needs no logic", yaml: "automatedDecisionMaking:\n  exists: false\n  logic: null\n" },
  ],
  invalid: [
    {
      name: "credit scores that clients rely on, without logic or consequences",
      yaml: `automatedDecisionMaking:
  text: Wij berekenen automatisch een kredietscore die onze klanten gebruiken.
  exists: true
  basis: law
`,
      errors: [
        { messageId: "logicMissing", path: ["automatedDecisionMaking"] },
        { messageId: "consequencesMissing", path: ["automatedDecisionMaking"] },
      ],
    },
    {
      name: "logic given, consequences missing",
      yaml: `automatedDecisionMaking:
  exists: true
  logic: De score volgt uit betaalgedrag en omzet.
`,
      errors: [{ messageId: "consequencesMissing", path: ["automatedDecisionMaking"] }],
    },
  ],
});
