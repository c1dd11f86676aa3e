import { DPV, isNotApplicable, type Policy } from "../../model/index.js";
import { isOutsideEea } from "../../model/eea.js";
import { defineRule } from "../rule.js";

interface OutsideRecipient {
  readonly key: string;
  readonly name: string;
  readonly country: string;
  readonly index: number;
}

/** Declared recipients established outside the EEA (first such country each). */
function recipientsOutsideEea(policy: Policy): OutsideRecipient[] {
  const found: OutsideRecipient[] = [];
  for (const [key, recipient] of Object.entries(policy.recipients ?? {})) {
    const index = recipient?.countries?.findIndex(isOutsideEea) ?? -1;
    const country = recipient?.countries?.[index];
    if (recipient && country !== undefined) found.push({ key, name: recipient.name, country, index });
  }
  return found;
}

/**
 * Absence must be explicit: a notice without `transfers` is "not addressed" (reported even without
 * a signal); `notApplicable` or a transfers chapter that leaves out a recipient outside the EEA
 * contradicts the recipients, and is reported at that recipient's country.
 */
export default defineRule({
  meta: {
    id: "transfer-disclosed",
    articles: ["Art. 13(1)(f)", "Art. 14(1)(f)", "Art. 44"],
    dpv: `${DPV}CrossBorderTransfer`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld of persoonsgegevens buiten de EER worden doorgegeven of daar worden geraadpleegd.",
      en: "State whether personal data are transferred to, or accessed from, outside the EEA.",
    },
    messages: {
      notAddressed: {
        nl: "Doorgifte buiten de EER wordt niet behandeld: vermeld de doorgiften onder `transfers`, of leg met `notApplicable` vast dat er geen zijn.",
        en: "Transfers outside the EEA are not addressed: list them under `transfers`, or record with `notApplicable` that there are none.",
      },
      undisclosed: {
        nl: "Doorgifte buiten de EER wordt niet vermeld, terwijl ontvanger `{{recipient}}` in `{{country}}` is gevestigd.",
        en: "Transfer outside the EEA is not disclosed, although recipient `{{recipient}}` is established in `{{country}}`.",
      },
      contradicted: {
        nl: "De melding zegt dat er geen doorgifte buiten de EER is, maar ontvanger `{{recipient}}` is in `{{country}}` gevestigd.",
        en: "The notice says there is no transfer outside the EEA, but recipient `{{recipient}}` is established in `{{country}}`.",
      },
      recipientNotCovered: {
        nl: "Ontvanger `{{recipient}}` is in `{{country}}` gevestigd, maar staat bij geen enkele doorgifte buiten de EER.",
        en: "Recipient `{{recipient}}` is established in `{{country}}` but is not part of any transfer outside the EEA.",
      },
      empty: {
        nl: "Het hoofdstuk over doorgifte noemt geen enkele doorgifte: beschrijf de doorgiften, of gebruik `notApplicable`.",
        en: "The transfers chapter lists no transfer: describe the transfers, or use `notApplicable`.",
      },
    },
    examples: {
      incorrect: `recipients:
  helpdesk:
    name: Helpdesk Inc.
    kind: processor
    named: true
    countries: [US]
`,
      correct: `recipients:
  helpdesk:
    name: Helpdesk Inc.
    kind: processor
    named: true
    countries: [US]
transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze helpdesk Helpdesk Inc. in de Verenigde Staten ziet uw vragen, op grond van het EU-VS-gegevensprivacykader.
  transfers:
    helpdesk:
      recipients: [helpdesk]
      countries: [US]
      mechanisms: [adequacy-decision]
`,
    },
  },
  check({ policy, report }) {
    const outside = recipientsOutsideEea(policy);
    const chapter = policy.transfers;
    if (chapter === undefined) {
      const first = outside[0];
      if (first) report({ messageId: "undisclosed", path: [], at: "key", data: { recipient: first.name, country: first.country } });
      else report({ messageId: "notAddressed", path: [], at: "key" });
      return;
    }
    if (isNotApplicable(chapter)) {
      for (const found of outside) {
        report({
          messageId: "contradicted",
          path: ["recipients", found.key, "countries", found.index],
          data: { recipient: found.name, country: found.country },
        });
      }
      return;
    }
    const transfers = Object.values(chapter.transfers).filter((transfer) => transfer !== undefined);
    if (transfers.length === 0) {
      report({ messageId: "empty", path: ["transfers", "transfers"] });
      return;
    }
    // A transfer without `recipients` is generic ("group companies worldwide"): coverage is unknowable.
    if (transfers.some((transfer) => transfer.recipients === undefined)) return;
    const covered = new Set(transfers.flatMap((transfer) => transfer.recipients ?? []));
    for (const found of outside) {
      if (covered.has(found.key)) continue;
      report({
        messageId: "recipientNotCovered",
        path: ["recipients", found.key, "countries", found.index],
        data: { recipient: found.name, country: found.country },
      });
    }
  },
});
