import rule from "../../../src/lint/rules/joint-controller-essence.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "no joint controllers, said so", yaml: "controller:\n  jointControllers:\n    notApplicable: Wij zijn de enige verwerkingsverantwoordelijke.\n" },
    { name: "joint controllership not addressed", yaml: "controller:\n  jointControllers: null\n" },
  ],
  invalid: [
    {
      name: "the second of two joint controllers lacks the essence",
      yaml:
        "controller:\n  jointControllers:\n    - name: Fietsersbond\n      essence: De Fietsersbond beheert de routes.\n    - name: Gemeente Utrecht\n      contactPoint: privacy\n",
      errors: [{ messageId: "missing", path: ["controller", "jointControllers", 1] }],
    },
  ],
});
