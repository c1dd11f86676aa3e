import rule from "../../../src/lint/rules/notice-date.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [{ name: "a version without a date", yaml: "lastUpdated: null\nversion: \"3.1\"\n" }],
  invalid: [{ name: "neither date nor version", yaml: "lastUpdated: null\nversion: null\n", errors: [{ messageId: "missing", path: [] }] }],
});
