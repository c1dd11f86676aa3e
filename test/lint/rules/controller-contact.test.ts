import rule from "../../../src/lint/rules/controller-contact.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a single web address is contact enough for this rule", yaml: "controller:\n  contactPoints:\n    privacy: null\n    web:\n      roles: [general]\n      url: https://fietsapp.example/contact\n" },
    {
      name: "a DPO point next to a general one",
      yaml: "controller:\n  contactPoints:\n    fg:\n      roles: [dpo]\n      email: fg@fietsapp.example\n",
    },
  ],
  invalid: [
    {
      name: "no contact points at all",
      yaml: "controller:\n  contactPoints: null\n",
      errors: [{ messageId: "missing", path: ["controller"] }],
    },
    {
      name: "only the DPO's contact point",
      yaml: "controller:\n  contactPoints:\n    privacy: null\n    fg:\n      roles: [dpo]\n      email: fg@fietsapp.example\n",
      errors: [{ messageId: "dpoOnly", path: ["controller", "contactPoints"] }],
    },
    {
      name: "a declared but empty map of contact points",
      yaml: "controller:\n  contactPoints:\n    privacy: null\n",
      errors: [{ messageId: "missing", path: ["controller", "contactPoints"] }],
    },
  ],
});
