import { isNotApplicable, type Policy, type Purpose } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { openEnumerationTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

type Located = readonly [PolicyPath, string | undefined];

function purposeTexts(items: readonly Purpose[], path: PolicyPath): Located[] {
  return items.flatMap((purpose, index): Located[] => [
    [[...path, index, "text"], purpose.text],
    ...purposeTexts(purpose.items ?? [], [...path, index, "items"]),
  ]);
}

/** The published lists of data categories, purposes, sources and recipients. */
function scopedTexts(policy: Policy): Located[] {
  const texts: Located[] = [];
  policy.chapters.forEach((chapter, index) => {
    const path = ["chapters", index];
    const { collection, categories, purposes, recipients } = chapter;
    if (collection) {
      texts.push([[...path, "collection", "text"], collection.text]);
      (collection.items ?? []).forEach((item, k) => texts.push([[...path, "collection", "items", k, "text"], item.text]));
      texts.push([[...path, "collection", "after"], collection.after]);
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
    if (recipients && !isNotApplicable(recipients)) {
      texts.push([[...path, "recipients", "text"], recipients.text]);
      (recipients.items ?? []).forEach((item, k) => texts.push([[...path, "recipients", "items", k, "text"], item.text]));
    }
  });
  for (const [key, source] of Object.entries(policy.sources ?? {})) texts.push([["sources", key, "name"], source?.name]);
  for (const [key, recipient] of Object.entries(policy.recipients ?? {})) texts.push([["recipients", key, "name"], recipient?.name]);
  return texts;
}

/** Lists left open ("etc.", "o.a.", "zoals", "of andere informatie", "en andere") where the list is mandatory. */
export default defineRule({
  meta: {
    id: "open-ended-enumeration",
    articles: ["Art. 12(1)", "Art. 14(1)(d)", "WP260 para 12-13"],
    type: "style",
    defaultSeverity: "warning",
    docs: {
      nl: "Maak opsommingen van gegevens, doelen, bronnen en ontvangers volledig, zonder ‘etc.’ of ‘o.a.’.",
      en: "Make lists of data, purposes, sources and recipients complete, without ‘etc.’ or ‘such as’.",
    },
    messages: {
      open: {
        nl: "Open opsomming (‘{{phrase}}’): maak de lijst volledig.",
        en: "Open-ended list (‘{{phrase}}’): make the list complete.",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    categories:
      items:
        - text: uw naam, e-mailadres, etc.
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    categories:
      items:
        - text: uw naam en e-mailadres.
`,
    },
  },
  check({ policy, report }) {
    for (const [path, text] of scopedTexts(policy)) {
      const phrase = text === undefined ? undefined : openEnumerationTerms.find(text);
      if (phrase) report({ messageId: "open", path, data: { phrase } });
    }
  },
});
