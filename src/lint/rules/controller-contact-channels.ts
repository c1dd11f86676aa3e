/**
 * WP260 (annex item 1) expects "different forms of communications" with the controller, given in the
 * notice itself. Counted: the distinct kinds of channel (e-mail, phone, post, web address) over all
 * of the controller's contact points.
 */
import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

const channelKinds = ["email", "phone", "postalAddress", "url"] as const;

export default defineRule({
  meta: {
    id: "controller-contact-channels",
    articles: ["WP260 annex item 1", "Art. 12(2)"],
    dpv: `${DPV}DataController`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Vraagt ten minste twee soorten contactkanalen (e-mail, telefoon, post, webadres) van de verwerkingsverantwoordelijke in de verklaring zelf.",
      en: "Asks for at least two kinds of contact channel (e-mail, phone, post, web address) of the controller in the notice itself.",
    },
    messages: {
      single: {
        nl: "Alleen `{{channel}}` als contactkanaal: geef meerdere directe contactkanalen in de verklaring zelf (bijv. postadres én e-mail), niet alleen een verwijzing naar de website.",
        en: "Only `{{channel}}` as contact channel: provide more than one direct contact channel in the notice itself (e.g. postal address and e-mail), not only a pointer to the website.",
      },
    },
    examples: {
      incorrect: "controller:\n  contactPoints:\n    privacy:\n      postalAddress: null\n      phone: null\n",
      correct: "controller:\n  contactPoints:\n    privacy:\n      phone: null\n",
    },
  },
  check(context) {
    const points = Object.values(context.policy.controller.contactPoints ?? {});
    // No contact point at all is controller-contact's finding.
    if (points.length === 0) return;
    const kinds = channelKinds.filter((kind) => points.some((point) => point?.[kind] !== undefined));
    if (kinds.length === 1) {
      context.report({ messageId: "single", path: ["controller", "contactPoints"], at: "key", data: { channel: kinds[0] ?? "" } });
    }
  },
});
