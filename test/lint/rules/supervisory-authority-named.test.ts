import rule from "../../../src/lint/rules/supervisory-authority-named.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the complaint right itself is missing (right-complaint-sa reports that)", yaml: "rights:\n  rights: [access, object]\n  complaint: null\n" },
    { name: "no rights chapter", yaml: "rights: null\n" },
  ],
  invalid: [
    {
      name: "‘de lokale toezichthoudende autoriteit’ without a name, link or residence option (Coface)",
      yaml: "rights:\n  complaint: null\n",
      errors: [{ messageId: "authorityMissing", path: ["rights"] }],
    },
    {
      name: "the authority named without its web address, residence option explicitly absent",
      yaml: "rights:\n  complaint:\n    url: null\n    residenceOption: false\n",
      errors: [
        { messageId: "urlMissing", path: ["rights", "complaint"] },
        { messageId: "residenceOptionMissing", path: ["rights", "complaint", "residenceOption"] },
      ],
    },
    {
      name: "the residence option not recorded",
      yaml: "rights:\n  complaint:\n    residenceOption: null\n",
      errors: [{ messageId: "residenceOptionMissing", path: ["rights", "complaint"] }],
    },
  ],
});
