import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

/** WP260 para 29-31: "check our website regularly" is "not only insufficient but also unfair". */
export default defineRule({
  meta: {
    id: "changes-actively-notified",
    articles: ["WP260 para 29-31", "Art. 13(3)", "Art. 14(4)", "Art. 5(1)(a)"],
    dpv: `${DPV}PrivacyNotice`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Informeer betrokkenen actief over wezenlijke wijzigingen van de melding.",
      en: "Actively inform data subjects of material changes to the notice.",
    },
    messages: {
      missing: {
        nl: "Vermeld hoe betrokkenen over wijzigingen van deze melding worden geïnformeerd (`changes`); ‘raadpleeg onze website’ is onvoldoende.",
        en: "State how data subjects are informed of changes to this notice (`changes`); ‘check our website’ is insufficient.",
      },
      websiteOnly: {
        nl: "Betrokkenen moeten actief over wijzigingen worden geïnformeerd; ‘raadpleeg onze website’ is onvoldoende.",
        en: "Changes must be actively communicated; ‘check our website’ is insufficient.",
      },
    },
    examples: {
      incorrect: `changes:
  notification: website-only
  text: Raadpleeg regelmatig onze website voor de nieuwste versie van deze verklaring.
`,
      correct: `changes:
  notification: active
  text: Bij een wezenlijke wijziging van deze verklaring sturen wij u vooraf een bericht in de app.
`,
    },
  },
  check({ policy, report }) {
    const changes = policy.changes;
    if (!changes) report({ messageId: "missing", path: [], at: "key" });
    else if (changes.notification === "website-only") report({ messageId: "websiteOnly", path: ["changes", "notification"] });
  },
});
