import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "further-processing-notice",
    articles: ["Art. 13(3)", "Art. 14(4)", "Art. 6(4)"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Beloof betrokkenen vooraf te informeren voordat gegevens voor een nieuw doel worden verwerkt.",
      en: "Commit to informing data subjects before processing their data for a new purpose.",
    },
    messages: {
      missing: {
        nl: "Verdere verwerking voor een nieuw doel: informeer de betrokkene vooraf.",
        en: "Further processing for a new purpose: inform the data subject beforehand.",
      },
    },
    examples: {
      incorrect: `changes:
  text: Wij kunnen uw gegevens in de toekomst ook voor nieuwe doelen gebruiken.
  furtherProcessing: true
`,
      correct: `changes:
  text: Willen wij uw gegevens voor een nieuw doel gebruiken, dan laten wij u dat vooraf weten.
  furtherProcessing: true
  informBeforeFurtherProcessing: true
`,
    },
  },
  check({ policy, report }) {
    const changes = policy.changes;
    if (changes?.furtherProcessing !== true || changes.informBeforeFurtherProcessing === true) return;
    if (changes.informBeforeFurtherProcessing === false) {
      report({ messageId: "missing", path: ["changes", "informBeforeFurtherProcessing"] });
    } else report({ messageId: "missing", path: ["changes"], at: "key" });
  },
});
