import rule from "../../../src/lint/rules/further-processing-notice.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "no changes chapter", yaml: "changes: null\n" },
    { name: "no further processing announced", yaml: "changes:\n  furtherProcessing: false\n  informBeforeFurtherProcessing: false\n" },
  ],
  invalid: [
    {
      name: "further processing with the commitment explicitly absent",
      yaml: "changes:\n  furtherProcessing: true\n  informBeforeFurtherProcessing: false\n",
      errors: [{ messageId: "missing", path: ["changes", "informBeforeFurtherProcessing"] }],
    },
    {
      name: "further processing, commitment not recorded",
      yaml: "changes:\n  furtherProcessing: true\n",
      errors: [{ messageId: "missing", path: ["changes"] }],
    },
  ],
});
