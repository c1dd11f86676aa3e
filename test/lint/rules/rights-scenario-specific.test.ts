import rule from "../../../src/lint/rules/rights-scenario-specific.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the caveat not recorded", yaml: "rights:\n  blanketCaveat: null\n" },
    { name: "no rights chapter", yaml: "rights: null\n" },
  ],
  invalid: [
    {
      name: "‘indien en voor zover aan andere respectieve wettelijke vereisten is voldaan’ (Coface)",
      yaml: `rights:
  text: U heeft het recht op toegang en - indien en voor zover aan andere respectieve wettelijke vereisten is voldaan - om bezwaar te maken, op rectificatie, wissing en beperking.
  blanketCaveat: true
`,
      errors: [{ messageId: "blanketCaveat", path: ["rights", "blanketCaveat"] }],
    },
  ],
});
