import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * A reminder the linter cannot settle itself: a chapter aimed at children needs child-friendly
 * wording and, where Art. 8 applies, parental consent. Silence it with a justified disable comment
 * once a person has checked both.
 */
export default defineRule({
  meta: {
    id: "child-audience",
    articles: ["Art. 12(1)", "Recital 58", "Art. 8", "WP260 para 14-16"],
    dpv: `${DPV}Child`,
    type: "style",
    defaultSeverity: "warning",
    docs: {
      nl: "Pas bij kinderen als doelgroep de taal aan en vermeld hoe ouderlijke toestemming werkt.",
      en: "When the audience includes children, adapt the language and explain parental consent.",
    },
    messages: {
      children: {
        nl: "Doelgroep van hoofdstuk `{{chapter}}` omvat kinderen: pas de taal aan en vermeld hoe ouderlijke toestemming werkt.",
        en: "Audience of chapter `{{chapter}}` includes children: adapt the language and explain parental consent.",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    dataSubjects: [user, child]
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    dataSubjects: [user]
    audienceIncludesChildren: false
`,
    },
  },
  check({ policy, report }) {
    policy.chapters.forEach((chapter, index) => {
      const data = { chapter: chapter.id };
      if (chapter.audienceIncludesChildren === true) {
        report({ messageId: "children", path: ["chapters", index, "audienceIncludesChildren"], data });
        return;
      }
      const child = chapter.dataSubjects?.indexOf("child") ?? -1;
      if (child !== -1) report({ messageId: "children", path: ["chapters", index, "dataSubjects", child], data });
    });
  },
});
