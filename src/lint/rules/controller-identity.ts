/**
 * The controller must be identified as a legal entity (Art. 13(1)(a), 14(1)(a)). "X and its affiliated
 * companies" names no entity: the reader cannot tell who is responsible for what.
 */
import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "controller-identity",
    articles: ["Art. 13(1)(a)", "Art. 14(1)(a)", "WP260 annex item 1"],
    dpv: `${DPV}DataController`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vereist de juridische naam van de verwerkingsverantwoordelijke, zonder ‘en de aan haar gelieerde ondernemingen’.",
      en: "Requires the controller's legal name, without ‘and its affiliated companies’.",
    },
    messages: {
      missingLegalName: {
        nl: "Identiteit van de verwerkingsverantwoordelijke ontbreekt of is onduidelijk: noem naast `{{name}}` de juridische entiteit (`legalName`).",
        en: "Controller identity missing or ambiguous: besides `{{name}}`, name the legal entity responsible (`legalName`).",
      },
      affiliates: {
        nl: "Identiteit van de verwerkingsverantwoordelijke is onduidelijk: `{{legalName}}` ‘en de aan haar gelieerde ondernemingen’ is geen identiteit; noem de juridische entiteit die verantwoordelijk is, per hoofdstuk als dat verschilt.",
        en: "Controller identity is ambiguous: `{{legalName}}` ‘and its affiliated companies’ is not an identity; name the legal entity responsible, per chapter where it differs.",
      },
    },
    examples: {
      incorrect: "controller:\n  includesAffiliates: true\n",
      correct: "controller:\n  legalName: Fietsapp B.V.\n  includesAffiliates: false\n",
    },
  },
  check(context) {
    const controller = context.policy.controller;
    if (controller.legalName === undefined) {
      context.report({ messageId: "missingLegalName", path: ["controller"], at: "key", data: { name: controller.name } });
    }
    if (controller.includesAffiliates === true) {
      context.report({
        messageId: "affiliates",
        path: ["controller", "includesAffiliates"],
        data: { legalName: controller.legalName ?? controller.name },
      });
    }
  },
});
