/**
 * Art. 14(2)(f): the source, "and if applicable, whether it came from publicly accessible sources".
 * Every source a chapter with indirect collection refers to says so (`publiclyAccessible`).
 */
import { DPV, chapterSourceKeys, collectionModes } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "source-public-flag",
    articles: ["Art. 14(2)(f)"],
    dpv: `${DPV}DataSource`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Elke bron van indirect verkregen gegevens zegt of ze openbaar toegankelijk is (`publiclyAccessible`).",
      en: "Every source of indirectly obtained data says whether it is publicly accessible (`publiclyAccessible`).",
    },
    messages: {
      missing: {
        nl: "Bron `{{name}}`: vermeld of de bron openbaar toegankelijk is.",
        en: "Source `{{name}}`: state whether the source is publicly accessible.",
      },
    },
    dependsOn: ["source-disclosed"],
    examples: {
      incorrect:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij raadplegen het handelsregister.\n      sources: [kvk]\nsources:\n  kvk:\n    name: het handelsregister van de Kamer van Koophandel\n    kind: public-register\n",
      correct:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij raadplegen het handelsregister.\n      sources: [kvk]\nsources:\n  kvk:\n    name: het handelsregister van de Kamer van Koophandel\n    kind: public-register\n    publiclyAccessible: true\n",
    },
  },
  check(context) {
    const sources = context.policy.sources ?? {};
    const reported = new Set<string>();
    for (const chapter of context.policy.chapters) {
      if (!collectionModes(chapter).indirect) continue;
      for (const key of chapterSourceKeys(chapter)) {
        const source = sources[key];
        if (!source || source.kind === "data-subject" || source.publiclyAccessible !== undefined || reported.has(key)) continue;
        reported.add(key);
        context.report({ messageId: "missing", path: ["sources", key], at: "key", data: { name: source.name } });
      }
    }
  },
});
