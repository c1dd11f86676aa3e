/**
 * Art. 14(3): with indirect collection, data subjects are informed within a reasonable period (at the
 * latest one month), at the first communication, or at the first disclosure. A process obligation, so
 * the linter can only require the commitment to be recorded (`collection.timing`). An Art. 14(5)
 * exemption lifts it (art14-exemption-justified checks that one).
 */
import { GDPR, collectionModes } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "indirect-notice-timing",
    articles: ["Art. 14(3)"],
    dpv: `${GDPR}A14`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een hoofdstuk met indirecte verkrijging legt vast wanneer betrokkenen worden geïnformeerd (`collection.timing`), tenzij een uitzondering van art. 14 lid 5 geldt.",
      en: "A chapter with indirect collection records when data subjects are informed (`collection.timing`), unless an Art. 14(5) exemption applies.",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: leg vast wanneer betrokkenen worden geïnformeerd bij indirecte verkrijging (uiterlijk binnen een maand).",
        en: "Chapter `{{chapter}}`: record when data subjects are informed of indirect collection (within one month at the latest).",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens van onze klanten.\n",
      correct:
        "chapters:\n  - id: debiteur\n    title: U bent debiteur van een klant\n    collection:\n      indirect: true\n      text: Wij ontvangen uw gegevens van onze klanten.\n      timing: Wij informeren u bij ons eerste contact met u, en uiterlijk binnen een maand nadat wij uw gegevens ontvingen.\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      const collection = chapter.collection;
      if (!collection || !collectionModes(chapter).indirect) return;
      if (collection.timing === undefined && collection.exemption === undefined) {
        context.report({ messageId: "missing", path: ["chapters", index, "collection"], at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
