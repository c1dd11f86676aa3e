import rule from "../../../src/lint/rules/rights-how-to-exercise.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "no rights chapter (the right-* rules report that)", yaml: "rights: null\n" },
    {
      name: "a web form as the only channel",
      yaml: `controller:
  contactPoints:
    formulier:
      roles: [rights]
      url: https://fietsapp.example/privacyverzoek
rights:
  howToExercise: [formulier]
`,
    },
    { name: "a reference to an undeclared contact point is the validator's concern", yaml: "rights:\n  howToExercise: [onbekend]\n" },
  ],
  invalid: [
    { name: "an empty list of contact points", yaml: "rights:\n  howToExercise: []\n", errors: [{ messageId: "missing", path: ["rights"] }] },
    {
      name: "contact points without any channel",
      yaml: `controller:
  contactPoints:
    team:
      label: ons privacyteam
      roles: [rights]
rights:
  howToExercise: [team]
`,
      errors: [{ messageId: "noChannel", path: ["rights", "howToExercise"] }],
    },
  ],
});
