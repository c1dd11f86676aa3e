/** Joint controllers make the essence of their arrangement available to data subjects (Art. 26(2)). */
import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "joint-controller-essence",
    articles: ["Art. 26(2)"],
    dpv: `${DPV}JointDataControllers`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Elke gezamenlijke verwerkingsverantwoordelijke in `controller.jointControllers` heeft de wezenlijke inhoud van de regeling (`essence`).",
      en: "Every joint controller in `controller.jointControllers` has the essence of the arrangement (`essence`).",
    },
    messages: {
      missing: {
        nl: "Gezamenlijke verwerkingsverantwoordelijke `{{name}}`: maak de wezenlijke inhoud van de regeling beschikbaar (wie doet wat, en waar betrokkenen terechtkunnen).",
        en: "Joint controller `{{name}}`: make the essence of the arrangement available (who does what, and where data subjects can turn).",
      },
    },
    examples: {
      incorrect: "controller:\n  jointControllers:\n    - name: Fietsersbond\n",
      correct:
        "controller:\n  jointControllers:\n    - name: Fietsersbond\n      essence: De Fietsersbond beheert de routes; Fietsapp beantwoordt alle verzoeken van betrokkenen.\n",
    },
  },
  check(context) {
    const joint = context.policy.controller.jointControllers;
    if (!Array.isArray(joint)) return;
    joint.forEach((controller, index) => {
      if (controller.essence === undefined) {
        context.report({ messageId: "missing", path: ["controller", "jointControllers", index], at: "key", data: { name: controller.name } });
      }
    });
  },
});
