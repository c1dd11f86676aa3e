import rule from "../../../src/lint/rules/controller-contact-channels.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    {
      name: "two kinds spread over two contact points",
      yaml: "controller:\n  contactPoints:\n    privacy:\n      phone: null\n      postalAddress: null\n    post:\n      roles: [general]\n      postalAddress: Stationsplein 1, 3511 AA Utrecht\n",
    },
    { name: "no contact points (controller-contact reports that)", yaml: "controller:\n  contactPoints: null\n" },
  ],
  invalid: [
    {
      name: "only a web address, even on two points",
      yaml: "controller:\n  contactPoints:\n    privacy:\n      email: null\n      phone: null\n      postalAddress: null\n      url: https://fietsapp.example/contact\n    ander:\n      roles: [general]\n      url: https://fietsapp.example/klantenservice\n",
      errors: [{ messageId: "single", path: ["controller", "contactPoints"] }],
    },
    {
      name: "two mailboxes are still one kind of channel",
      yaml: "controller:\n  contactPoints:\n    privacy:\n      phone: null\n      postalAddress: null\n    info:\n      roles: [general]\n      email: info@fietsapp.example\n",
      errors: [{ messageId: "single", path: ["controller", "contactPoints"] }],
    },
  ],
});
