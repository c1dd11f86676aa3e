import { describe, expect, it } from "vitest";
import rule from "../../../src/lint/rules/dpo-contact.js";
import type { Report } from "../../../src/lint/rule.js";
import type { Policy } from "../../../src/model/index.js";
import { examplePolicy } from "../../../src/lint/examples/merge.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "no DPO designated", yaml: "controller:\n  dpo:\n    notApplicable: Wij zijn niet verplicht een FG aan te stellen en hebben dat ook niet gedaan.\n" },
    {
      name: "the general postal address plus the DPO's own mailbox",
      yaml: "controller:\n  dpo:\n    contact:\n      postalAddress: Stationsplein 1, 3511 AA Utrecht\n",
    },
    {
      name: "a contact point that serves the DPO too is the DPO's own",
      yaml: "controller:\n  contactPoints:\n    privacy:\n      roles: [privacy, dpo]\n  dpo:\n    contact:\n      email: privacy@fietsapp.example\n",
    },
  ],
  invalid: [
    {
      name: "the DPO reachable only at the general mailbox (case and spaces ignored)",
      yaml: "controller:\n  dpo:\n    contact:\n      email: Privacy@Fietsapp.example\n",
      errors: [{ messageId: "notDedicated", path: ["controller", "dpo", "contact", "email"] }],
    },
    {
      name: "the general mailbox and the general phone number",
      yaml: "controller:\n  dpo:\n    contact:\n      email: privacy@fietsapp.example\n      phone: 030-123 4567\n",
      errors: [{ messageId: "notDedicated", path: ["controller", "dpo", "contact", "email"] }],
    },
  ],
});

// A policy that failed validation is not linted by the pipeline, but the rule reads it safely.
describe("rule dpo-contact on an unvalidated policy", () => {
  it("reports a DPO contact point without any channel", () => {
    const reports: Report[] = [];
    const policy = examplePolicy("controller:\n  dpo:\n    contact:\n      email: null\n") as Policy;
    rule.check({ policy, report: (report) => reports.push(report) });
    expect(reports).toEqual([{ messageId: "missing", path: ["controller", "dpo", "contact"], at: "key" }]);
  });
});
