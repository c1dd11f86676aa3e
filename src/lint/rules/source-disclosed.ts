/**
 * Data not obtained from the data subject: the notice names the source(s) (Art. 14(2)(f); WP260 annex
 * item 13). Sources are declared under `sources` and referred to from `collection.sources` or the
 * bulleted `collection.items`; a bulleted list without references still discloses sources in its text
 * and is accepted. The data subject itself is not a source in the Art. 14 sense.
 */
import { DPV, chapterSourceKeys, collectionModes } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "source-disclosed",
    articles: ["Art. 14(2)(f)", "WP260 annex item 13", "Recital 61"],
    dpv: `${DPV}DataSource`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een hoofdstuk met indirecte verkrijging noemt de bronnen (`collection.sources` of `collection.items`), anders dan de betrokkene zelf.",
      en: "A chapter with indirect collection names the sources (`collection.sources` or `collection.items`), other than the data subject.",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: bron van de persoonsgegevens ontbreekt (art. 14 lid 2 sub f AVG).",
        en: "Chapter `{{chapter}}`: source of the personal data is missing (Art. 14(2)(f) GDPR).",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij verkrijgen uw gegevens niet van uzelf.\n",
      correct:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens van onze klanten.\n      sources: [klanten]\nsources:\n  klanten:\n    name: onze klanten (uw schuldeisers)\n    kind: client\n    publiclyAccessible: false\n",
    },
  },
  check(context) {
    const sources = context.policy.sources ?? {};
    context.policy.chapters.forEach((chapter, index) => {
      const collection = chapter.collection;
      if (!collection || !collectionModes(chapter).indirect) return;
      const bulleted = (collection.items ?? []).some((item) => item.source === undefined);
      const indirectSources = chapterSourceKeys(chapter).filter((key) => sources[key]?.kind !== "data-subject");
      if (indirectSources.length === 0 && !bulleted) {
        context.report({ messageId: "missing", path: ["chapters", index, "collection"], at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
