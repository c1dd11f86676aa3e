/**
 * A designated DPO's contact details are published (Art. 13(1)(b), 14(1)(b), 37(7)). A name is not
 * required, but the details must reach the DPO: WP243 rev.01 (section 2.6) asks for "a dedicated
 * telephone number, and/or a dedicated e-mail address" or a postal address. So the DPO's contact
 * point needs a channel (the schema enforces this; checked here too so an unvalidated policy gets a
 * GDPR-worded finding), and not every one of its channels may be the general contact of the
 * controller: a DPO "reachable" only at the general mailbox has no contact details of their own.
 */
import type { ContactPoint } from "../../model/index.js";
import { DPV, isNotApplicable } from "../../model/index.js";
import { defineRule } from "../rule.js";

const channelKinds = ["email", "phone", "postalAddress", "url"] as const;

/** A channel value compared loosely: case and spacing do not make a mailbox or number another one. */
function normalise(value: string): string {
  return value.toLowerCase().replace(/[\s-]+/g, "");
}

export default defineRule({
  meta: {
    id: "dpo-contact",
    articles: ["Art. 13(1)(b)", "Art. 14(1)(b)", "Art. 37(7)", "WP243 rev.01 section 2.6"],
    dpv: `${DPV}DataProtectionOfficer`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een aangestelde FG (`controller.dpo`) heeft eigen contactgegevens: ten minste één kanaal dat niet ook het algemene contactpunt van de verwerkingsverantwoordelijke is.",
      en: "A designated DPO (`controller.dpo`) has contact details of their own: at least one channel that is not also the controller's general contact point.",
    },
    messages: {
      missing: {
        nl: "Er is een FG aangesteld maar de contactgegevens van de FG ontbreken: geef een e-mailadres, telefoonnummer, postadres of webadres.",
        en: "A DPO is designated but the DPO's contact details are missing: give an e-mail address, phone number, postal address or web address.",
      },
      notDedicated: {
        nl: "Er is een FG aangesteld maar de contactgegevens van de FG ontbreken: `{{channel}}` is het algemene contactpunt `{{contactPoint}}`; geef een eigen e-mailadres of telefoonnummer van de FG.",
        en: "A DPO is designated but the DPO's contact details are missing: `{{channel}}` is the general contact point `{{contactPoint}}`; give the DPO's own e-mail address or phone number.",
      },
    },
    examples: {
      incorrect: "controller:\n  dpo:\n    contact:\n      email: privacy@fietsapp.example\n",
      correct: "controller:\n  dpo:\n    contact:\n      email: fg@fietsapp.example\n",
    },
  },
  check(context) {
    const controller = context.policy.controller;
    const dpo = controller.dpo;
    if (dpo === undefined || isNotApplicable(dpo)) return;
    const contact: Partial<ContactPoint> | undefined = dpo.contact;
    const given = channelKinds.flatMap((kind) => (contact?.[kind] !== undefined ? [{ kind, value: contact[kind] ?? "" }] : []));
    if (contact === undefined || given.length === 0) {
      context.report({ messageId: "missing", path: contact === undefined ? ["controller", "dpo"] : ["controller", "dpo", "contact"], at: "key" });
      return;
    }
    // Contact points that also serve the DPO are the DPO's, so only the others count as "general".
    const general = Object.entries(controller.contactPoints ?? {}).filter(
      (entry): entry is [string, ContactPoint] => entry[1] !== undefined && !entry[1].roles.includes("dpo"),
    );
    const sharedWith = (kind: (typeof channelKinds)[number], value: string) =>
      general.find(([, point]) => point[kind] !== undefined && normalise(point[kind]) === normalise(value))?.[0];
    const shared = given.map((channel) => ({ ...channel, with: sharedWith(channel.kind, channel.value) }));
    const first = shared[0];
    if (first?.with !== undefined && shared.every((channel) => channel.with !== undefined)) {
      context.report({
        messageId: "notDedicated",
        path: ["controller", "dpo", "contact", first.kind],
        data: { channel: first.value, contactPoint: first.with },
      });
    }
  },
});
