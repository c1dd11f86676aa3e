import rule from "../../../src/lint/rules/transfer-compelling-interest-disclosed.js";
import { testRule } from "../rule-tester.js";

const transfers = (body: string): string => `transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Eenmalig stuurden wij gegevens naar een expert buiten de EER.
  transfers:
${body}`;

testRule(rule, {
  valid: [
    { name: "other mechanisms need no compelling interest", yaml: transfers("    groep:\n      countries: [US]\n      mechanisms: [standard-contractual-clauses]\n") },
    {
      name: "the derogation with its interest stated",
      yaml: transfers(
        "    expert:\n      countries: [CH]\n      mechanisms: [compelling-legitimate-interest]\n      compellingInterest: Zonder dit oordeel konden wij de schade niet vaststellen.\n",
      ),
    },
  ],
  invalid: [
    {
      name: "the derogation among other mechanisms, without the interest",
      yaml: transfers("    expert:\n      countries: [CH]\n      mechanisms: [derogation-legal-claims, compelling-legitimate-interest]\n"),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "expert"] }],
    },
  ],
});
