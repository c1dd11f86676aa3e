import rule from "../../../src/lint/rules/transfer-mechanism.js";
import { testRule } from "../rule-tester.js";

const transfers = (body: string): string => `transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze dochterondernemingen buiten de EER raadplegen uw gegevens.
  transfers:
${body}`;

testRule(rule, {
  valid: [
    { name: "explicitly no transfers", yaml: "transfers:\n  notApplicable: Wij geven geen gegevens door buiten de EER.\n" },
    {
      name: "binding corporate rules, stated exhaustively",
      yaml: transfers("    groep:\n      countries: [US, IN]\n      mechanisms: [binding-corporate-rules]\n      mechanismsExhaustive: true\n"),
    },
    {
      name: "an Art. 49 derogation is a Chapter V mechanism too",
      yaml: transfers("    claim:\n      countries: [CH]\n      mechanisms: [derogation-legal-claims]\n"),
    },
  ],
  invalid: [
    {
      name: "a transfer without any mechanism",
      yaml: transfers("    groep:\n      countries: [US]\n"),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "groep"] }],
    },
    {
      name: "a non-exhaustive mention of SCCs (‘dit omvat ook’)",
      yaml: transfers(
        "    groep:\n      countries: [worldwide]\n      mechanisms: [standard-contractual-clauses]\n      mechanismsExhaustive: false\n",
      ),
      errors: [{ messageId: "notExhaustive", path: ["transfers", "transfers", "groep", "mechanismsExhaustive"] }],
    },
    {
      name: "each transfer is checked on its own",
      yaml: transfers(
        "    a:\n      countries: [US]\n      mechanisms: [adequacy-decision]\n    b:\n      countries: [IN]\n      justifiedBy: [contract]\n",
      ),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "b"] }],
    },
  ],
});
