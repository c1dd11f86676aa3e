import { GDPR, collectionModes } from "../../model/index.js";
import { defineRule } from "../rule.js";

/** Art. 13 only: a chapter that collects from the data subject says whether providing the data is required. */
export default defineRule({
  meta: {
    id: "provision-requirement-stated",
    articles: ["Art. 13(2)(e)", "WP260 annex item 12"],
    dpv: `${GDPR}DirectDataCollectionNotice`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld of verstrekking van de gegevens wettelijk of contractueel verplicht is, of vrijwillig.",
      en: "State whether providing the data is a statutory or contractual requirement, or voluntary.",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: vermeld of verstrekking van de gegevens wettelijk of contractueel verplicht is, of vrijwillig.",
        en: "Chapter `{{chapter}}`: state whether providing the data is a statutory or contractual requirement, or voluntary.",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    collection:
      direct: true
      text: Wij ontvangen uw gegevens van uzelf, wanneer u een account aanmaakt.
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    collection:
      direct: true
      text: Wij ontvangen uw gegevens van uzelf, wanneer u een account aanmaakt.
    provision:
      requirement: [contract-precondition]
      consequences: Zonder e-mailadres kunnen wij geen account voor u aanmaken.
      text: Uw e-mailadres is nodig om een account aan te maken.
`,
    },
  },
  check({ policy, report }) {
    policy.chapters.forEach((chapter, index) => {
      if (collectionModes(chapter).direct && chapter.provision === undefined) {
        report({ messageId: "missing", path: ["chapters", index], at: "key", data: { chapter: chapter.id } });
      }
    });
  },
});
