import rule from "../../../src/lint/rules/transfer-safeguards-copy.js";
import { testRule } from "../rule-tester.js";

const transfers = (body: string): string => `transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze dochterondernemingen buiten de EER raadplegen uw gegevens.
  transfers:
${body}`;

testRule(rule, {
  valid: [
    {
      name: "an adequacy decision needs no copy of safeguards",
      yaml: transfers("    vk:\n      countries: [GB]\n      mechanisms: [adequacy-decision]\n"),
    },
    {
      name: "an Art. 49(1) derogation (other than compelling interests) needs no copy",
      yaml: transfers("    reis:\n      countries: [US]\n      mechanisms: [derogation-contract-data-subject]\n"),
    },
    {
      name: "binding corporate rules with a link to them",
      yaml: transfers(
        "    groep:\n      countries: [US]\n      mechanisms: [binding-corporate-rules]\n      copyAvailable: Onze BCR staan op https://fietsapp.example/bcr.\n",
      ),
    },
  ],
  invalid: [
    {
      name: "binding corporate rules (Art. 47) without a copy",
      yaml: transfers("    groep:\n      countries: [US]\n      mechanisms: [binding-corporate-rules]\n"),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "groep"] }],
    },
    {
      name: "compelling legitimate interests (Art. 49(1) second subparagraph) without a copy",
      yaml: transfers(
        "    eenmalig:\n      countries: [CH]\n      mechanisms: [compelling-legitimate-interest]\n      compellingInterest: Vaststelling van één schade.\n",
      ),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "eenmalig"] }],
    },
    {
      name: "SCCs listed next to an adequacy decision still need a copy",
      yaml: transfers("    mix:\n      countries: [US, IN]\n      mechanisms: [adequacy-decision, standard-contractual-clauses]\n"),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "mix"] }],
    },
  ],
});
