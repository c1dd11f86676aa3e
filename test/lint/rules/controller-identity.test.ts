import rule from "../../../src/lint/rules/controller-identity.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "a legal name without affiliates", yaml: "controller:\n  legalName: Fietsapp Nederland B.V.\n" },
    { name: "affiliates explicitly not included", yaml: "controller:\n  includesAffiliates: false\n" },
  ],
  invalid: [
    {
      name: "no legal name, only the trade name",
      yaml: "controller:\n  legalName: null\n",
      errors: [{ messageId: "missingLegalName", path: ["controller"] }],
    },
    {
      name: "the entity and its affiliated companies",
      yaml: "controller:\n  includesAffiliates: true\n",
      errors: [{ messageId: "affiliates", path: ["controller", "includesAffiliates"] }],
    },
    {
      name: "both at once, each reported",
      yaml: "controller:\n  legalName: null\n  includesAffiliates: true\n",
      errors: [
        { messageId: "missingLegalName", path: ["controller"] },
        { messageId: "affiliates", path: ["controller", "includesAffiliates"] },
      ],
    },
  ],
});
