import rule from "../../../src/lint/rules/eu-representative.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "established in the EU", yaml: "controller:\n  establishedInEU: true\n" },
    { name: "establishment not stated", yaml: "controller:\n  establishedInEU: null\n" },
    {
      name: "outside the EU, exempt under Art. 27(2) with its reason",
      yaml: "controller:\n  establishedInEU: false\n  representative:\n    notApplicable: Wij verwerken slechts incidenteel gegevens van personen in de EU (art. 27 lid 2 sub a AVG).\n",
    },
  ],
  invalid: [
    {
      name: "outside the EU without a representative",
      yaml: "controller:\n  establishedInEU: false\n  legalName: Bikeapp Inc.\n",
      errors: [{ messageId: "missing", path: ["controller"] }],
    },
  ],
});
