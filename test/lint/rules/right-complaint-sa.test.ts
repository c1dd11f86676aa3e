import rule from "../../../src/lint/rules/right-complaint-sa.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    {
      name: "the complaint right stated even without naming the authority (supervisory-authority-named reports that)",
      yaml: "rights:\n  rights: [access, complaint]\n  complaint: null\n",
    },
  ],
  invalid: [
    { name: "no rights chapter at all", yaml: "rights: null\n", errors: [{ messageId: "missing", path: [] }] },
    {
      name: "an authority named in `complaint` does not replace the right itself",
      yaml: "rights:\n  rights: [access, rectification, erasure, restriction, portability, object, withdraw-consent]\n",
      errors: [{ messageId: "missing", path: ["rights", "rights"] }],
    },
  ],
});
