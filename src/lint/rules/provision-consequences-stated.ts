import { GDPR, collectionModes, isNotApplicable } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * Art. 13(2)(e) asks for "the possible consequences of failure to provide such data" whatever the
 * requirement is, so voluntary provision needs them too ("dan kunnen wij uw vraag niet
 * beantwoorden", or explicitly "geen gevolgen").
 */
export default defineRule({
  meta: {
    id: "provision-consequences-stated",
    articles: ["Art. 13(2)(e)", "WP260 annex item 12"],
    dpv: `${GDPR}DirectDataCollectionNotice`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld de gevolgen als de betrokkene de gegevens niet verstrekt.",
      en: "State the consequences of not providing the data.",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: vermeld de gevolgen als de betrokkene de gegevens niet verstrekt (ook bij vrijwillige verstrekking, bijv. ‘geen gevolgen’).",
        en: "Chapter `{{chapter}}`: state the consequences of not providing the data (also when provision is voluntary, e.g. ‘no consequences’).",
      },
    },
    dependsOn: ["provision-requirement-stated"],
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    collection:
      direct: true
      text: Wij ontvangen uw gegevens van uzelf, wanneer u een vraag stelt.
    provision:
      requirement: [voluntary]
      text: U bent niet verplicht uw gegevens te geven.
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    collection:
      direct: true
      text: Wij ontvangen uw gegevens van uzelf, wanneer u een vraag stelt.
    provision:
      requirement: [voluntary]
      consequences: Zonder e-mailadres kunnen wij uw vraag niet beantwoorden.
      text: U bent niet verplicht uw gegevens te geven. Zonder e-mailadres kunnen wij uw vraag niet beantwoorden.
`,
    },
  },
  check({ policy, report }) {
    policy.chapters.forEach((chapter, index) => {
      const provision = chapter.provision;
      if (!collectionModes(chapter).direct || provision === undefined || isNotApplicable(provision)) return;
      if (provision.consequences !== undefined) return;
      report({ messageId: "missing", path: ["chapters", index, "provision"], at: "key", data: { chapter: chapter.id } });
    });
  },
});
