/**
 * Criminal-offence data (convictions, offences and suspicions, including fraud and incident
 * registers) may only be processed under Art. 10 GDPR and UAVG art. 31-33, and the notice says so
 * (WP260 annex item 3). Structured signals, per chapter:
 * - disclosure to a fraud- or crime-prevention agency (recipient kind `fraud-prevention`) while no
 *   category is marked `criminal: true`: such data are possibly processed but not declared;
 * - a category marked `criminal: true` while no purpose of the chapter names a law (`lawReference`,
 *   e.g. Wwft, Sanctiewet 1977, UAVG art. 33): the legal ground is not given.
 */
import type { PolicyPath } from "../../diagnostics/index.js";
import type { Chapter } from "../../model/index.js";
import { chapterRecipientKeys, inheritedField, isNotApplicable, leafPurposes } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "criminal-data-art10",
    articles: ["Art. 10", "UAVG art. 31-33", "WP260 annex item 3"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Bij verstrekking aan fraude- of misdaadpreventie-instanties verklaart het hoofdstuk strafrechtelijke gegevens (`criminal: true`), en een doel noemt de wettelijke grond (`lawReference`).",
      en: "With disclosure to fraud or crime prevention agencies the chapter declares criminal-offence data (`criminal: true`), and a purpose names the legal ground (`lawReference`).",
    },
    messages: {
      undeclared: {
        nl: "Mogelijk strafrechtelijke persoonsgegevens: hoofdstuk `{{chapter}}` verstrekt gegevens aan `{{recipient}}`, maar vermeldt niet dat het zulke gegevens verwerkt; vermeld dit en de grondslag (art. 10 AVG, art. 33 UAVG).",
        en: "Possible criminal-offence data: chapter `{{chapter}}` discloses data to `{{recipient}}` but does not say it processes such data; disclose it and its basis (Art. 10 GDPR).",
      },
      noGround: {
        nl: "Strafrechtelijke persoonsgegevens (`{{category}}`): vermeld bij het doel de grondslag (art. 10 AVG, art. 33 UAVG, of de wet die de verwerking voorschrijft, `lawReference`).",
        en: "Criminal-offence data (`{{category}}`): state the basis with the purpose (Art. 10 GDPR, UAVG s.33, or the law requiring the processing, `lawReference`).",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: klant\n    title: U bent klant\n    recipients:\n      text: Wij melden fraude aan Stichting CIS.\n      recipients: [cis]\nrecipients:\n  cis:\n    name: Stichting CIS\n    kind: fraud-prevention\n    named: true\n",
      correct:
        "chapters:\n  - id: klant\n    title: U bent klant\n    categories:\n      items:\n        - id: fraudesignalen\n          text: vermeldingen in het incidentenregister.\n          criminal: true\n    purposes:\n      items:\n        - id: fraude\n          text: fraude tegengaan.\n          legalBasis: legitimate-interest\n          lawReference: artikel 33 lid 4 sub c UAVG en het Protocol Incidentenwaarschuwingssysteem Financiële Instellingen\n    recipients:\n      text: Wij melden fraude aan Stichting CIS.\n      recipients: [cis]\nrecipients:\n  cis:\n    name: Stichting CIS\n    kind: fraud-prevention\n    named: true\n",
    },
  },
  check(context) {
    const recipients = context.policy.recipients ?? {};
    context.policy.chapters.forEach((chapter, index) => {
      const chapterPath: PolicyPath = ["chapters", index];
      const criminal = (chapter.categories?.items ?? []).flatMap((category, i) => (category.criminal === true ? [{ category, i }] : []));
      if (criminal.length === 0) {
        const key = chapterRecipientKeys(chapter).find((candidate) => recipients[candidate]?.kind === "fraud-prevention");
        if (key === undefined) return;
        context.report({
          messageId: "undeclared",
          path: recipientReferencePath(chapter.recipients, chapterPath, key),
          data: { chapter: chapter.id, recipient: recipients[key]?.name ?? key },
        });
        return;
      }
      const grounded = leafPurposes(chapter, chapterPath).some((located) => inheritedField(located, "lawReference") !== undefined);
      if (grounded) return;
      for (const { category, i } of criminal) {
        context.report({
          messageId: "noGround",
          path: [...chapterPath, "categories", "items", i, "criminal"],
          data: { category: category.id ?? category.text },
        });
      }
    });
  },
});

/** Where a chapter refers to a recipient: its entry in `recipients.recipients`, or the bulleted item. */
function recipientReferencePath(section: Chapter["recipients"], chapterPath: PolicyPath, key: string): PolicyPath {
  if (section === undefined || isNotApplicable(section)) return [...chapterPath, "recipients"];
  const listed = (section.recipients ?? []).indexOf(key);
  if (listed >= 0) return [...chapterPath, "recipients", "recipients", listed];
  const item = (section.items ?? []).findIndex((entry) => entry.recipient === key);
  return item >= 0 ? [...chapterPath, "recipients", "items", item, "recipient"] : [...chapterPath, "recipients"];
}
