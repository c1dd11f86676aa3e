/**
 * A controller not established in the EU names its EU representative (Art. 13(1)(a), 27). Only a
 * representative left out is reported: `notApplicable` with its reason covers the Art. 27(2)
 * exemptions (occasional processing, public authorities).
 */
import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "eu-representative",
    articles: ["Art. 13(1)(a)", "Art. 14(1)(a)", "Art. 27"],
    dpv: `${DPV}Representative`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een verwerkingsverantwoordelijke buiten de EU (`establishedInEU: false`) vermeldt haar vertegenwoordiger in de EU, of waarom art. 27 lid 2 AVG die niet vereist.",
      en: "A controller outside the EU (`establishedInEU: false`) names its EU representative, or why Art. 27(2) GDPR does not require one.",
    },
    messages: {
      missing: {
        nl: "Verwerkingsverantwoordelijke `{{name}}` buiten de EU: vermeld de vertegenwoordiger in de EU (art. 27), of met `notApplicable` waarom die niet nodig is.",
        en: "Controller `{{name}}` outside the EU: name its EU representative (Art. 27), or state with `notApplicable` why none is needed.",
      },
    },
    examples: {
      incorrect: "controller:\n  establishedInEU: false\n",
      correct:
        "controller:\n  establishedInEU: false\n  representative:\n    name: EU-Rep B.V.\n    contact:\n      roles: [general]\n      email: fietsapp@eu-rep.example\n",
    },
  },
  check(context) {
    const controller = context.policy.controller;
    if (controller.establishedInEU === false && controller.representative === undefined) {
      context.report({ messageId: "missing", path: ["controller"], at: "key", data: { name: controller.legalName ?? controller.name } });
    }
  },
});
