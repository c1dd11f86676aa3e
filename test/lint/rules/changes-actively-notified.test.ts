import rule from "../../../src/lint/rules/changes-actively-notified.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [{ name: "active notification without its own text (the introduction says it)", yaml: "changes:\n  notification: active\n  text: null\n" }],
  invalid: [
    { name: "nothing said about changes", yaml: "changes: null\n", errors: [{ messageId: "missing", path: [] }] },
    {
      name: "‘kunt u onze website raadplegen voor een bijgewerkte versie’ (Coface)",
      yaml: "changes:\n  notification: website-only\n  text: null\n",
      errors: [{ messageId: "websiteOnly", path: ["changes", "notification"] }],
    },
  ],
});
