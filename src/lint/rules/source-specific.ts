/**
 * WP260 annex item 13: name the source, or at least its nature and the type of organisation, industry
 * or sector. "Informatieverstrekkers", "eigen databases", "samenwerkingspartners" or "publiek
 * beschikbare bronnen" without more say neither. A source passes when it has a `sector`, or when its
 * name says more than such a catch-all (a bracketed list of examples counts).
 */
import { DPV, chapterSourceKeys, collectionModes } from "../../model/index.js";
import { genericPart, genericSourceTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "source-specific",
    articles: ["WP260 annex item 13", "Recital 61"],
    dpv: `${DPV}DataSource`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een bron van indirect verkregen gegevens heeft een naam die meer zegt dan ‘informatieverstrekkers’ of ‘eigen databases’, of een `sector`.",
      en: "A source of indirectly obtained data has a name that says more than ‘information providers’ or ‘own databases’, or a `sector`.",
    },
    messages: {
      generic: {
        nl: "Bron `{{name}}` te algemeen omschreven (`{{term}}`); noem de bron of ten minste het type organisatie/sector (`sector`).",
        en: "Source `{{name}}` described too generically (`{{term}}`); name it, or at least the type of organisation or sector (`sector`).",
      },
    },
    dependsOn: ["source-disclosed"],
    examples: {
      incorrect:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens van informatieverstrekkers.\n      sources: [verstrekkers]\nsources:\n  verstrekkers:\n    name: informatieverstrekkers\n    kind: information-provider\n    publiclyAccessible: false\n",
      correct:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens van informatieverstrekkers.\n      sources: [verstrekkers]\nsources:\n  verstrekkers:\n    name: informatieverstrekkers\n    kind: information-provider\n    publiclyAccessible: false\n    sector: kredietinformatiebureaus in de EU\n",
    },
  },
  check(context) {
    const sources = context.policy.sources ?? {};
    const reported = new Set<string>();
    for (const chapter of context.policy.chapters) {
      if (!collectionModes(chapter).indirect) continue;
      for (const key of chapterSourceKeys(chapter)) {
        const source = sources[key];
        if (!source || source.kind === "data-subject" || source.sector !== undefined || reported.has(key)) continue;
        const term = genericPart(source.name, genericSourceTerms);
        if (term === undefined) continue;
        reported.add(key);
        context.report({ messageId: "generic", path: ["sources", key, "name"], data: { name: source.name, term } });
      }
    }
  },
});
