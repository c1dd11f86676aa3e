import rule from "../../../src/lint/rules/transfer-countries-named.js";
import { testRule } from "../rule-tester.js";

const transfers = (body: string): string => `transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze dochterondernemingen buiten de EER raadplegen uw gegevens.
  transfers:
${body}`;

const recipient = (countries: string): string => `recipients:
  dochter:
    name: Fietsapp Inc.
    kind: group-company
    named: true
${countries}`;

testRule(rule, {
  valid: [
    { name: "named countries next to ‘worldwide’", yaml: transfers("    groep:\n      countries: [US, worldwide]\n      mechanisms: [binding-corporate-rules]\n") },
    {
      name: "countries left off the transfer but named on each of its recipients",
      yaml: recipient("    countries: [US]\n") + transfers("    groep:\n      recipients: [dochter]\n      mechanisms: [binding-corporate-rules]\n"),
    },
  ],
  invalid: [
    {
      name: "a transfer without countries and without recipients",
      yaml: transfers("    groep:\n      mechanisms: [standard-contractual-clauses]\n"),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "groep"] }],
    },
    {
      name: "recipients that are only ‘worldwide’ do not name the countries",
      yaml: recipient("    countries: [worldwide]\n") + transfers("    groep:\n      recipients: [dochter]\n      mechanisms: [binding-corporate-rules]\n"),
      errors: [{ messageId: "missing", path: ["transfers", "transfers", "groep"] }],
    },
    {
      name: "only ‘worldwide’, reported at the countries",
      yaml: transfers("    groep:\n      countries: [worldwide]\n      mechanisms: [standard-contractual-clauses]\n"),
      errors: [{ messageId: "worldwideOnly", path: ["transfers", "transfers", "groep", "countries"] }],
    },
  ],
});
