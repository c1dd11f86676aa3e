/**
 * WP260 annex item 6: named recipients are the default; categories are as specific as possible (type,
 * industry, sector, location). "Samenwerkingspartners", "service dienstverleners" or "elke entiteit
 * die onderdeel is van de Groep" say none of that. A recipient passes when it is named (`named: true`),
 * has a `sector`, or its name says more than such a catch-all.
 */
import { DPV, chapterRecipientKeys } from "../../model/index.js";
import { genericPart, genericRecipientTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "recipients-specific",
    articles: ["WP260 annex item 6"],
    dpv: `${DPV}Recipient`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een categorie ontvangers heeft een naam die meer zegt dan ‘samenwerkingspartners’ of ‘dienstverleners’, of een `sector` (soort, sector, rol, plaats).",
      en: "A category of recipients has a name that says more than ‘business partners’ or ‘service providers’, or a `sector` (type, sector, role, place).",
    },
    messages: {
      generic: {
        nl: "Ontvanger `{{name}}` te algemeen omschreven (`{{term}}`); noem de ontvangers of specificeer soort, sector en locatie (`sector`).",
        en: "Recipient `{{name}}` described too generically (`{{term}}`); name the recipients or specify type, sector and location (`sector`).",
      },
    },
    dependsOn: ["recipients-disclosed"],
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    recipients:\n      text: Wij delen uw gegevens met onze samenwerkingspartners.\n      recipients: [partners]\nrecipients:\n  partners:\n    name: onze samenwerkingspartners\n    kind: business-partner\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    recipients:\n      text: Wij delen uw gegevens met fietsenwinkels in Nederland.\n      recipients: [partners]\nrecipients:\n  partners:\n    name: onze samenwerkingspartners\n    kind: business-partner\n    sector: fietsenwinkels in Nederland die uw fiets onderhouden\n",
    },
  },
  check(context) {
    const recipients = context.policy.recipients ?? {};
    const reported = new Set<string>();
    for (const chapter of context.policy.chapters) {
      for (const key of chapterRecipientKeys(chapter)) {
        const recipient = recipients[key];
        if (!recipient || recipient.named === true || recipient.sector !== undefined || reported.has(key)) continue;
        const term = genericPart(recipient.name, genericRecipientTerms);
        if (term === undefined) continue;
        reported.add(key);
        context.report({ messageId: "generic", path: ["recipients", key, "name"], data: { name: recipient.name, term } });
      }
    }
  },
});
