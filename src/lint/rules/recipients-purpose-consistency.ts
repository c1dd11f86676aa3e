/**
 * A purpose can itself imply a disclosure that the recipients must then show (Art. 13(1)(e), 14(1)(e);
 * Art. 5(1)(a)). Three signals, each about a disclosure the purpose cannot do without:
 * - in a chapter about debtors (`dataSubjects` includes `debtor`): credit insurance, credit limits,
 *   business-information or credit reports, collection or factoring are services to the controller's
 *   clients (the creditor or policyholder), who receive the outcome about the debtor: a recipient of
 *   kind `client` is expected;
 * - a purpose that names debt collectors or bailiffs: a `debt-collector` recipient is expected;
 * - a purpose that names reinsurance: an `insurer` recipient is expected.
 * Incasso by the controller itself (outside a debtor chapter) is not a signal: it implies no disclosure.
 */
import type { RecipientKind } from "../../model/index.js";
import { DPV, chapterRecipientKeys, leafPurposes, purposeName } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import type { Lexicon } from "../lexicon.js";
import { clientDisclosureTerms, debtCollectorTerms, reinsuranceTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

interface Signal {
  readonly messageId: string;
  readonly kind: RecipientKind;
  readonly terms: Lexicon;
  readonly debtorsOnly: boolean;
}

const signals: readonly Signal[] = [
  { messageId: "client", kind: "client", terms: clientDisclosureTerms, debtorsOnly: true },
  { messageId: "debtCollector", kind: "debt-collector", terms: debtCollectorTerms, debtorsOnly: false },
  { messageId: "insurer", kind: "insurer", terms: reinsuranceTerms, debtorsOnly: false },
];

export default defineRule({
  meta: {
    id: "recipients-purpose-consistency",
    articles: ["Art. 13(1)(e)", "Art. 14(1)(e)", "Art. 5(1)(a)"],
    dpv: `${DPV}Recipient`,
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Een doel dat verstrekking inhoudt (kredietverzekering of bedrijfsinformatie over debiteuren aan klanten, incassobureaus, herverzekering) heeft die ontvangers in het hoofdstuk.",
      en: "A purpose that implies disclosure (credit insurance or business information on debtors to clients, debt collectors, reinsurance) has those recipients in its chapter.",
    },
    messages: {
      client: {
        nl: "Doel `{{purpose}}` (`{{term}}`) impliceert verstrekking van gegevens over de debiteur aan onze klanten (schuldeiser of verzekeringnemer), die niet bij de ontvangers staan.",
        en: "Purpose `{{purpose}}` (`{{term}}`) implies disclosure of the debtor's data to our clients (creditor or policyholder), who are not listed as recipients.",
      },
      debtCollector: {
        nl: "Doel `{{purpose}}` noemt `{{term}}`: dat impliceert verstrekking aan incassobureaus of deurwaarders, die niet bij de ontvangers staan.",
        en: "Purpose `{{purpose}}` names `{{term}}`: that implies disclosure to debt collectors or bailiffs, who are not listed as recipients.",
      },
      insurer: {
        nl: "Doel `{{purpose}}` noemt `{{term}}`: dat impliceert verstrekking aan herverzekeraars, die niet bij de ontvangers staan.",
        en: "Purpose `{{purpose}}` names `{{term}}`: that implies disclosure to reinsurers, who are not listed as recipients.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    dataSubjects: [debtor]\n    purposes:\n      items:\n        - id: kredietverzekering\n          text: de kredietlimiet bepalen die wij onze verzekerde klant op u verlenen.\n          legalBasis: legitimate-interest\n    recipients:\n      notApplicable: Wij delen uw gegevens met niemand.\n",
      correct:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    dataSubjects: [debtor]\n    purposes:\n      items:\n        - id: kredietverzekering\n          text: de kredietlimiet bepalen die wij onze verzekerde klant op u verlenen.\n          legalBasis: legitimate-interest\n    recipients:\n      text: Wij delen de kredietlimiet met de klant die zich tegen uw wanbetaling verzekert.\n      recipients: [verzekerde]\nrecipients:\n  verzekerde:\n    name: onze verzekerde klanten (uw schuldeisers)\n    kind: client\n",
    },
  },
  check(context) {
    const recipients = context.policy.recipients ?? {};
    context.policy.chapters.forEach((chapter, index) => {
      // Without a recipients section, recipients-disclosed reports.
      if (chapter.recipients === undefined) return;
      const chapterPath: PolicyPath = ["chapters", index];
      const kinds = new Set(chapterRecipientKeys(chapter).flatMap((key) => (recipients[key] ? [recipients[key].kind] : [])));
      const aboutDebtors = chapter.dataSubjects?.includes("debtor") === true;
      for (const located of leafPurposes(chapter, chapterPath)) {
        for (const signal of signals) {
          if (kinds.has(signal.kind) || (signal.debtorsOnly && !aboutDebtors)) continue;
          const term = signal.terms.find(located.purpose.text);
          if (term === undefined) continue;
          context.report({
            messageId: signal.messageId,
            path: [...located.path, "text"],
            data: { purpose: purposeName(located.purpose), term },
          });
        }
      }
    });
  },
});
