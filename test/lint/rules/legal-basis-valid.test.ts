import { describe, expect, it } from "vitest";
import rule from "../../../src/lint/rules/legal-basis-valid.js";
import type { Report } from "../../../src/lint/rule.js";
import type { Policy } from "../../../src/model/index.js";
import { examplePolicy } from "../../../src/lint/examples/merge.js";
import { testRule } from "../rule-tester.js";

const purposes = (items: string) => `chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n${items}`;

testRule(rule, {
  valid: [
    { name: "direct marketing on legitimate interest", yaml: purposes("        - text: u per post aanbiedingen sturen.\n          legalBasis: legitimate-interest\n          directMarketing: true\n") },
    { name: "explicit consent without special data is stricter, not invalid", yaml: purposes("        - text: u onze nieuwsbrief sturen.\n          legalBasis: explicit-consent\n") },
    { name: "a contract purpose that is not marketing", yaml: purposes("        - text: uw bestelling leveren.\n          legalBasis: contract\n          directMarketing: false\n") },
  ],
  invalid: [
    {
      name: "direct marketing as a legal obligation, in a list of bases",
      yaml: purposes("        - id: aanbiedingen\n          text: u aanbiedingen sturen.\n          legalBasis: [consent, legal-obligation]\n          directMarketing: true\n"),
      errors: [{ messageId: "marketing", path: ["chapters", 0, "purposes", "items", 0, "legalBasis", 1] }],
    },
    {
      name: "a marketing group makes its items marketing",
      yaml: purposes(
        "        - text: 'voor direct marketing, om:'\n          directMarketing: true\n          items:\n            - text: u aanbiedingen te sturen.\n              legalBasis: consent\n            - text: u te bellen over ons aanbod.\n              legalBasis: public-task\n",
      ),
      errors: [{ messageId: "marketing", path: ["chapters", 0, "purposes", "items", 0, "items", 1, "legalBasis"] }],
    },
  ],
});

// The pipeline lints only validated policies; the rule still explains a value outside the enum.
describe("rule legal-basis-valid on an unvalidated policy", () => {
  it("reports `wet` as an invalid basis", () => {
    const reports: Report[] = [];
    const policy = examplePolicy(purposes("        - id: administratie\n          text: de wet naleven.\n          legalBasis: [contract, wet]\n")) as Policy;
    rule.check({ policy, report: (report) => reports.push(report) });
    expect(reports).toEqual([
      {
        messageId: "invalid",
        path: ["chapters", 0, "purposes", "items", 0, "legalBasis", 1],
        data: { value: "wet", purpose: "administratie" },
      },
    ]);
  });
});
