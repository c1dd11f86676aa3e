import rule from "../../../src/lint/rules/transfer-basis-chapter-v.js";
import { testRule } from "../rule-tester.js";

const transfers = (body: string): string => `transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze dochterondernemingen buiten de EER raadplegen uw gegevens.
  transfers:
${body}`;

testRule(rule, {
  valid: [
    { name: "Art. 49(1)(b) contract derogation is a Chapter V ground, not an Art. 6 basis", yaml: transfers("    reis:\n      countries: [US]\n      mechanisms: [derogation-contract-data-subject]\n") },
    { name: "explicitly no transfers", yaml: "transfers:\n  notApplicable: Wij geven geen gegevens door buiten de EER.\n" },
  ],
  invalid: [
    {
      name: "Art. 6 bases instead of a mechanism",
      yaml: transfers("    groep:\n      countries: [worldwide]\n      justifiedBy: [contract, legitimate-interest, legal-obligation]\n"),
      errors: [{ messageId: "insteadOfMechanism", path: ["transfers", "transfers", "groep", "justifiedBy"] }],
    },
    {
      name: "Art. 6 bases given alongside SCCs",
      yaml: transfers(
        "    groep:\n      countries: [worldwide]\n      mechanisms: [standard-contractual-clauses]\n      justifiedBy: [legitimate-interest]\n",
      ),
      errors: [{ messageId: "alongsideMechanism", path: ["transfers", "transfers", "groep", "justifiedBy"] }],
    },
  ],
});
