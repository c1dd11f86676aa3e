import { purposeName, rightIri, type Purpose } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * Art. 21(2)-(3): with any direct-marketing purpose the notice states the unconditional right to
 * object to it (`object-direct-marketing`); the general, balanced right to object does not suffice.
 */
export default defineRule({
  meta: {
    id: "right-object-direct-marketing",
    articles: ["Art. 21(2)", "Art. 21(3)", "Art. 21(4)"],
    dpv: rightIri["object-direct-marketing"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld bij direct marketing het onvoorwaardelijke recht om op elk moment bezwaar te maken.",
      en: "With direct marketing, state the unconditional right to object at any time.",
    },
    messages: {
      missing: {
        nl: "Direct marketing (doel `{{purpose}}`): vermeld het onvoorwaardelijke recht om op elk moment bezwaar te maken (art. 21 lid 2-3 AVG).",
        en: "Direct marketing (purpose `{{purpose}}`): state the unconditional right to object at any time (Art. 21(2)-(3) GDPR).",
      },
    },
    examples: {
      incorrect: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: aanbiedingen
          text: u aanbiedingen van onze partners sturen.
          legalBasis: legitimate-interest
          legitimateInterest: Wij willen u wijzen op fietsaccessoires die bij uw gebruik passen.
          directMarketing: true
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: aanbiedingen
          text: u aanbiedingen van onze partners sturen.
          legalBasis: legitimate-interest
          legitimateInterest: Wij willen u wijzen op fietsaccessoires die bij uw gebruik passen.
          directMarketing: true
rights:
  rights: [access, rectification, erasure, restriction, portability, object, object-direct-marketing, complaint]
`,
    },
  },
  check({ policy, report }) {
    const all = (items: readonly Purpose[]): Purpose[] => items.flatMap((purpose) => [purpose, ...all(purpose.items ?? [])]);
    const marketing = policy.chapters
      .flatMap((chapter) => all(chapter.purposes?.items ?? []))
      .find((purpose) => purpose.directMarketing === true);
    if (!marketing) return;
    const data = { purpose: purposeName(marketing) };
    if (!policy.rights) report({ messageId: "missing", path: [], at: "key", data });
    else if (!policy.rights.rights.includes("object-direct-marketing")) report({ messageId: "missing", path: ["rights", "rights"], data });
  },
});
