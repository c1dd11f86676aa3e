import rule from "../../../src/lint/rules/dpo-labelled.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "English label", yaml: "controller:\n  dpo:\n    contact:\n      label: Data Protection Officer of Fietsapp\n" },
    { name: "the abbreviation DPO", yaml: "controller:\n  dpo:\n    contact:\n      label: DPO Fietsapp\n" },
    { name: "functionaris voor gegevensbescherming", yaml: "controller:\n  dpo:\n    contact:\n      label: Onze functionaris voor gegevensbescherming\n" },
    { name: "no DPO", yaml: "controller:\n  dpo:\n    notApplicable: Wij hebben geen FG aangesteld.\n" },
  ],
  invalid: [
    {
      name: "a generic privacy team",
      yaml: "controller:\n  dpo:\n    contact:\n      label: Privacyteam Fietsapp\n",
      errors: [{ messageId: "notLabelled", path: ["controller", "dpo", "contact", "label"] }],
    },
    {
      name: "no label at all",
      yaml: "controller:\n  dpo:\n    contact:\n      label: null\n",
      errors: [{ messageId: "unlabelled", path: ["controller", "dpo", "contact"] }],
    },
    {
      name: "a contact point with the DPO role labelled as an office",
      yaml: "controller:\n  contactPoints:\n    dpo-office:\n      label: Data Protection Office\n      roles: [dpo, complaint]\n      email: dpo@fietsapp.example\n",
      errors: [{ messageId: "notLabelled", path: ["controller", "contactPoints", "dpo-office", "label"] }],
    },
  ],
});
