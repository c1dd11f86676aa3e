import rule from "../../../src/lint/rules/transfer-disclosed.js";
import { testRule } from "../rule-tester.js";

const helpdesk = (countries: string): string => `recipients:
  helpdesk:
    name: Helpdesk Inc.
    kind: processor
    named: true
    countries: ${countries}
`;

const transfersChapter = (transfers: string): string => `transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze helpdesk in de Verenigde Staten ziet uw vragen.
  transfers:
${transfers}`;

testRule(rule, {
  valid: [
    {
      name: "a transfer that names the recipient outside the EEA",
      yaml: helpdesk("[US]") + transfersChapter("    helpdesk:\n      recipients: [helpdesk]\n      countries: [US]\n"),
    },
    { name: "recipients in EEA countries outside the EU (Norway, Iceland) are no transfer", yaml: helpdesk("[NO, IS]") },
    {
      name: "a generic transfer without recipients is read as covering every recipient",
      yaml: helpdesk("[US]") + transfersChapter("    groep:\n      countries: [US]\n"),
    },
  ],
  invalid: [
    { name: "transfers left out with no other signal is not addressed", yaml: "transfers: null", errors: [{ messageId: "notAddressed", path: [] }] },
    {
      name: "transfers left out while a recipient sits in the US",
      yaml: `${helpdesk("[US]")}transfers: null\n`,
      errors: [{ messageId: "undisclosed", path: [] }],
    },
    {
      name: "notApplicable contradicted by a recipient established worldwide, reported at that country",
      yaml: helpdesk("[NL, worldwide]"),
      errors: [{ messageId: "contradicted", path: ["recipients", "helpdesk", "countries", 1] }],
    },
    {
      name: "a recipient outside the EEA that no transfer names",
      yaml:
        helpdesk("[IN]") +
        "  cloud:\n    name: Cloud Corp.\n    kind: processor\n    countries: [US]\n" +
        transfersChapter("    cloud:\n      recipients: [cloud]\n      countries: [US]\n"),
      errors: [{ messageId: "recipientNotCovered", path: ["recipients", "helpdesk", "countries", 0] }],
    },
    {
      name: "a transfers chapter without any transfer",
      yaml: transfersChapter("    {}\n").replace("  transfers:\n    {}\n", "  transfers: {}\n"),
      errors: [{ messageId: "empty", path: ["transfers", "transfers"] }],
    },
  ],
});
