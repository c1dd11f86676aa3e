import { isNotApplicable, type Policy } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { marketingTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

type Located = readonly [PolicyPath, string | undefined];

/**
 * Free texts that are not themselves mandatory items: introduction, extra chapter sections and the
 * notice-wide chapters. Purposes are left out on purpose: "u een offerte sturen" is a legitimate
 * processing purpose, not marketing copy.
 */
function freeTexts(policy: Policy): Located[] {
  const { introduction, security, rights, changes, transfers, automatedDecisionMaking: adm } = policy;
  const texts: Located[] = [
    [["introduction", "text"], introduction.text],
    [["introduction", "topicsLead"], introduction.topicsLead],
    [["introduction", "closing"], introduction.closing],
  ];
  policy.chapters.forEach((chapter, index) => {
    (chapter.sections ?? []).forEach((section, k) => {
      texts.push([["chapters", index, "sections", k, "title"], section.title]);
      texts.push([["chapters", index, "sections", k, "text"], section.text]);
    });
  });
  if (transfers && !isNotApplicable(transfers)) texts.push([["transfers", "text"], transfers.text]);
  if (security) texts.push([["security", "text"], security.text]);
  if (adm) texts.push([["automatedDecisionMaking", "text"], adm.text]);
  if (rights) {
    texts.push([["rights", "text"], rights.text]);
    if (rights.contact) {
      texts.push([["rights", "contact", "title"], rights.contact.title]);
      texts.push([["rights", "contact", "text"], rights.contact.text]);
    }
  }
  if (changes) texts.push([["changes", "text"], changes.text]);
  return texts;
}

/** Sales calls to action ("persoonlijk adviesgesprek", "download de whitepaper") mixed into the notice. */
export default defineRule({
  meta: {
    id: "non-privacy-content",
    articles: ["WP260 para 8", "Art. 12(1)"],
    type: "style",
    defaultSeverity: "warning",
    docs: {
      nl: "Houd niet-privacygerelateerde inhoud (marketing e.d.) gescheiden van de privacyverklaring.",
      en: "Keep non-privacy content (marketing etc.) separate from the privacy notice.",
    },
    messages: {
      marketing: {
        nl: "Houd niet-privacygerelateerde inhoud (marketing e.d.) gescheiden van de privacyverklaring (‘{{phrase}}’).",
        en: "Keep non-privacy content (marketing etc.) separate from the privacy notice (‘{{phrase}}’).",
      },
    },
    examples: {
      incorrect: `rights:
  contact:
    title: Contact
    text: Benieuwd wat Fietsapp Pro voor uw bedrijf kan doen? Download de whitepaper of plan een adviesgesprek.
`,
      correct: `rights:
  contact:
    title: Contact
    text: Fietsapp B.V., Stationsplein 1, 3511 AA Utrecht, privacy@fietsapp.example, 030 123 4567.
`,
    },
  },
  check({ policy, report }) {
    for (const [path, text] of freeTexts(policy)) {
      const phrase = text === undefined ? undefined : marketingTerms.find(text);
      if (phrase) report({ messageId: "marketing", path, data: { phrase } });
    }
  },
});
