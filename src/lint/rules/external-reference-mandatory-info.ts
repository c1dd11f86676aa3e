import { isNotApplicable, type Policy, type Purpose } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { containsLink, externalReferenceTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

type Located = readonly [PolicyPath, string | undefined];

function purposeTexts(items: readonly Purpose[], path: PolicyPath): Located[] {
  return items.flatMap((purpose, index): Located[] => [
    [[...path, index, "text"], purpose.text],
    [[...path, index, "legitimateInterest"], purpose.legitimateInterest],
    ...purposeTexts(purpose.items ?? [], [...path, index, "items"]),
  ]);
}

/**
 * Texts that carry mandatory information: every part of a chapter (including extra sections such as
 * cookies), the rights and contact text, transfers and ADM. The introduction and the changes text are
 * left out: pointing to the website for a newer version is `changes-actively-notified`'s concern.
 */
function mandatoryTexts(policy: Policy): Located[] {
  const texts: Located[] = [];
  policy.chapters.forEach((chapter, index) => {
    const path = ["chapters", index];
    const { collection, provision, categories, purposes, withdrawal, recipients, retention } = chapter;
    if (collection) {
      texts.push([[...path, "collection", "text"], collection.text]);
      (collection.items ?? []).forEach((item, k) => texts.push([[...path, "collection", "items", k, "text"], item.text]));
      texts.push([[...path, "collection", "after"], collection.after]);
    }
    if (provision && !isNotApplicable(provision)) {
      texts.push([[...path, "provision", "text"], provision.text]);
      texts.push([[...path, "provision", "consequences"], provision.consequences]);
    }
    if (categories) {
      texts.push([[...path, "categories", "text"], categories.text]);
      categories.items.forEach((item, k) => texts.push([[...path, "categories", "items", k, "text"], item.text]));
      texts.push([[...path, "categories", "after"], categories.after]);
    }
    if (purposes) {
      texts.push([[...path, "purposes", "text"], purposes.text]);
      texts.push(...purposeTexts(purposes.items, [...path, "purposes", "items"]));
      texts.push([[...path, "purposes", "after"], purposes.after]);
    }
    if (withdrawal) texts.push([[...path, "withdrawal", "text"], withdrawal.text]);
    if (recipients && !isNotApplicable(recipients)) {
      texts.push([[...path, "recipients", "text"], recipients.text]);
      (recipients.items ?? []).forEach((item, k) => texts.push([[...path, "recipients", "items", k, "text"], item.text]));
    }
    if (retention) {
      texts.push([[...path, "retention", "text"], retention.text]);
      retention.items.forEach((item, k) => {
        texts.push([[...path, "retention", "items", k, "text"], item.text]);
        (item.items ?? []).forEach((sub, s) => texts.push([[...path, "retention", "items", k, "items", s, "text"], sub.text]));
      });
    }
    (chapter.sections ?? []).forEach((section, k) => texts.push([[...path, "sections", k, "text"], section.text]));
  });
  const { transfers, automatedDecisionMaking: adm, rights } = policy;
  if (transfers && !isNotApplicable(transfers)) texts.push([["transfers", "text"], transfers.text]);
  if (adm) {
    texts.push([["automatedDecisionMaking", "text"], adm.text]);
    texts.push([["automatedDecisionMaking", "logic"], adm.logic]);
    texts.push([["automatedDecisionMaking", "consequences"], adm.consequences]);
  }
  if (rights) {
    texts.push([["rights", "text"], rights.text]);
    // A contact text already flagged `deferredToWebsite` is reported once, at that flag.
    if (rights.contact && rights.contact.deferredToWebsite !== true) texts.push([["rights", "contact", "text"], rights.contact.text]);
  }
  return texts;
}

/**
 * Mandatory information deferred to another site or document without a direct link: the structured
 * flag `rights.contact.deferredToWebsite`, and wording such as "zoals vermeld op onze websites",
 * "zie de lokale website", "raadpleeg … website" in a text that contains no link.
 */
export default defineRule({
  meta: {
    id: "external-reference-mandatory-info",
    articles: ["Art. 12(1)", "WP260 para 11", "WP260 para 35-37"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Geef verplichte informatie in de melding zelf, of met een directe link naar de juiste plek.",
      en: "Give mandatory information in the notice itself, or with a direct link to the exact place.",
    },
    messages: {
      contactDeferred: {
        nl: "De contactgegevens worden naar een website verwezen zonder directe link; vermeld ze in de melding.",
        en: "The contact details are deferred to a website without a direct link; give them in the notice.",
      },
      deferred: {
        nl: "Verplichte informatie wordt naar een andere website verwezen zonder directe link (‘{{phrase}}’).",
        en: "Mandatory information is deferred to another site without a direct link (‘{{phrase}}’).",
      },
    },
    examples: {
      incorrect: `rights:
  contact:
    title: Contact
    text: U bereikt ons via de contactgegevens zoals vermeld op onze websites.
    deferredToWebsite: true
`,
      correct: `rights:
  contact:
    title: Contact
    text: Fietsapp B.V., Stationsplein 1, 3511 AA Utrecht, privacy@fietsapp.example, 030 123 4567.
`,
    },
  },
  check({ policy, report }) {
    if (policy.rights?.contact?.deferredToWebsite === true) {
      report({ messageId: "contactDeferred", path: ["rights", "contact", "deferredToWebsite"] });
    }
    for (const [path, text] of mandatoryTexts(policy)) {
      if (text === undefined || containsLink(text)) continue;
      const phrase = externalReferenceTerms.find(text);
      if (phrase) report({ messageId: "deferred", path, data: { phrase } });
    }
  },
});
