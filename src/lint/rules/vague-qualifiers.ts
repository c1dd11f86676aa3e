import { isNotApplicable, type Policy, type Purpose } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { vagueQualifierTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

type Located = readonly [PolicyPath, string | undefined];

function purposeTexts(items: readonly Purpose[], path: PolicyPath): Located[] {
  return items.flatMap((purpose, index): Located[] => [
    [[...path, index, "text"], purpose.text],
    ...purposeTexts(purpose.items ?? [], [...path, index, "items"]),
  ]);
}

/** The published texts of purposes, categories, recipients and transfers (WP260 para 12-13). */
function scopedTexts(policy: Policy): Located[] {
  const texts: Located[] = [];
  policy.chapters.forEach((chapter, index) => {
    const path = ["chapters", index];
    const { purposes, categories, recipients } = chapter;
    if (purposes) {
      texts.push([[...path, "purposes", "text"], purposes.text]);
      texts.push(...purposeTexts(purposes.items, [...path, "purposes", "items"]));
      texts.push([[...path, "purposes", "after"], purposes.after]);
    }
    if (categories) {
      texts.push([[...path, "categories", "text"], categories.text]);
      categories.items.forEach((item, k) => texts.push([[...path, "categories", "items", k, "text"], item.text]));
      texts.push([[...path, "categories", "after"], categories.after]);
    }
    if (recipients && isNotApplicable(recipients)) texts.push([[...path, "recipients", "notApplicable"], recipients.notApplicable]);
    else if (recipients) {
      texts.push([[...path, "recipients", "text"], recipients.text]);
      (recipients.items ?? []).forEach((item, k) => texts.push([[...path, "recipients", "items", k, "text"], item.text]));
    }
  });
  const transfers = policy.transfers;
  if (transfers && isNotApplicable(transfers)) texts.push([["transfers", "notApplicable"], transfers.notApplicable]);
  else if (transfers) texts.push([["transfers", "text"], transfers.text]);
  return texts;
}

/**
 * Hedging ("wij kunnen … verwerken", "kunnen worden bekendgemaakt", "mogelijk", "eventueel",
 * "soms") in purposes, categories, recipients and transfers. Bare "kan/kunnen" is not flagged: it
 * also means ability ("om u te kunnen bellen"); see `vagueQualifierTerms` for the exact list.
 */
export default defineRule({
  meta: {
    id: "vague-qualifiers",
    articles: ["Art. 12(1)", "WP260 para 12-13"],
    type: "style",
    defaultSeverity: "warning",
    docs: {
      nl: "Vermijd vage woorden als ‘kunnen’, ‘mogelijk’, ‘eventueel’ bij verplichte informatie.",
      en: "Avoid qualifiers such as ‘may’, ‘possibly’, ‘some’ in mandatory information.",
    },
    messages: {
      qualifier: {
        nl: "Vermijd vage woorden bij verplichte informatie: ‘{{phrase}}’. Zeg wat er gebeurt.",
        en: "Avoid qualifiers in mandatory information: ‘{{phrase}}’. State what happens.",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    recipients:
      text: Uw gegevens kunnen worden gedeeld met onze partners.
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    recipients:
      text: Wij delen uw gegevens alleen met onze hostingpartij Wolkdienst B.V. in Amsterdam.
      recipients: [hosting]
`,
    },
  },
  check({ policy, report }) {
    for (const [path, text] of scopedTexts(policy)) {
      const phrase = text === undefined ? undefined : vagueQualifierTerms.find(text);
      if (phrase) report({ messageId: "qualifier", path, data: { phrase } });
    }
  },
});
