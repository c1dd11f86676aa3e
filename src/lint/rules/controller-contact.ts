/**
 * The notice must give the controller's own contact details (Art. 13(1)(a), 14(1)(a)). A contact point
 * that serves only the DPO is the DPO's (Art. 13(1)(b)), not the controller's.
 */
import type { ContactPoint } from "../../model/index.js";
import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

/** Whether a contact point gives at least one way to reach it. */
function hasChannel(point: ContactPoint): boolean {
  return [point.email, point.phone, point.postalAddress, point.url].some((channel) => channel !== undefined);
}

export default defineRule({
  meta: {
    id: "controller-contact",
    articles: ["Art. 13(1)(a)", "Art. 14(1)(a)"],
    dpv: `${DPV}DataController`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vereist contactgegevens van de verwerkingsverantwoordelijke zelf (niet alleen van de FG) in `controller.contactPoints`.",
      en: "Requires contact details of the controller itself (not only of the DPO) in `controller.contactPoints`.",
    },
    messages: {
      missing: {
        nl: "Contactgegevens van de verwerkingsverantwoordelijke ontbreken: geef een postadres, e-mailadres of telefoonnummer in `controller.contactPoints`.",
        en: "Controller contact details are missing: give a postal address, e-mail address or phone number in `controller.contactPoints`.",
      },
      dpoOnly: {
        nl: "Contactgegevens van de verwerkingsverantwoordelijke ontbreken: de contactpunten dienen alleen de FG; geef ook een contactpunt van de verwerkingsverantwoordelijke.",
        en: "Controller contact details are missing: the contact points serve only the DPO; also give a contact point of the controller.",
      },
    },
    examples: {
      incorrect: "controller:\n  contactPoints: null\nrights:\n  howToExercise: null\n",
      correct: "controller:\n  contactPoints:\n    privacy:\n      phone: null\n      postalAddress: null\n",
    },
  },
  check(context) {
    const points = Object.values(context.policy.controller.contactPoints ?? {}).filter(
      (point): point is ContactPoint => point !== undefined && hasChannel(point),
    );
    if (points.length === 0) {
      const declared = context.policy.controller.contactPoints !== undefined;
      context.report({
        messageId: "missing",
        path: declared ? ["controller", "contactPoints"] : ["controller"],
        at: "key",
      });
      return;
    }
    if (points.every((point) => point.roles.every((role) => role === "dpo"))) {
      context.report({ messageId: "dpoOnly", path: ["controller", "contactPoints"], at: "key" });
    }
  },
});
