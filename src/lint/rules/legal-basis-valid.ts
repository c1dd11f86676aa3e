/**
 * A legal basis must be one of the Art. 6(1)(a)-(f) bases, and one that can carry the purpose.
 *
 * - The code is one of the model's bases (explicit consent being the Art. 6(1)(a) variant that
 *   Art. 9(2)(a), 22(2)(c) and 49(1)(a) require). The schema's enum already rejects "wet", "beleid" or
 *   "algemene voorwaarden"; the check is repeated so that a policy linted without validation still
 *   gets a GDPR-worded finding.
 * - Direct marketing (`directMarketing: true`) can rest only on consent or legitimate interest
 *   (Recital 47; EDPB Guidelines 2/2019: marketing is not necessary to perform a contract). No law
 *   obliges it, it is no public task and protects no one's vital interests: those bases are invalid
 *   for it. This is the part the schema cannot express.
 *
 * Rejected: reporting explicit consent without special-category data. Asking for explicit consent
 * where ordinary consent suffices is stricter than needed, not an invalid basis.
 */
import type { LegalBasis, Purpose } from "../../model/index.js";
import { DPV, legalBasisIri, purposeName } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { defineRule } from "../rule.js";

const validBases: ReadonlySet<string> = new Set(Object.keys(legalBasisIri));
const marketingBases: ReadonlySet<LegalBasis> = new Set(["consent", "explicit-consent", "legitimate-interest"]);

export default defineRule({
  meta: {
    id: "legal-basis-valid",
    articles: ["Art. 6(1)(a)-(f)", "Recital 47", "EDPB Guidelines 2/2019"],
    dpv: `${DPV}LegalBasis`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een rechtsgrond is een van de grondslagen van art. 6 lid 1 AVG, en direct marketing (`directMarketing: true`) rust alleen op toestemming of gerechtvaardigd belang.",
      en: "A legal basis is one of the Art. 6(1) GDPR bases, and direct marketing (`directMarketing: true`) rests only on consent or legitimate interest.",
    },
    messages: {
      invalid: {
        nl: "Ongeldige rechtsgrond `{{value}}` bij doel `{{purpose}}`: kies een van de zes grondslagen van art. 6 lid 1 AVG.",
        en: "Invalid legal basis `{{value}}` for purpose `{{purpose}}`: use one of the six Art. 6(1) GDPR bases.",
      },
      marketing: {
        nl: "Ongeldige rechtsgrond `{{value}}` voor direct marketing (`{{purpose}}`): direct marketing rust op toestemming of gerechtvaardigd belang (overweging 47 AVG).",
        en: "Invalid legal basis `{{value}}` for direct marketing (`{{purpose}}`): direct marketing rests on consent or legitimate interest (Recital 47 GDPR).",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n        - id: aanbiedingen\n          text: u aanbiedingen sturen voor fietsaccessoires.\n          legalBasis: contract\n          directMarketing: true\n",
      correct:
        "chapters:\n  - id: klant\n    title: U bent klant\n    purposes:\n      items:\n        - id: aanbiedingen\n          text: u aanbiedingen sturen voor fietsaccessoires.\n          legalBasis: consent\n          directMarketing: true\n",
    },
  },
  check(context) {
    const visit = (items: readonly Purpose[], path: PolicyPath, marketingGroup: boolean): void => {
      items.forEach((purpose, index) => {
        const purposePath = [...path, index];
        const marketing = marketingGroup || purpose.directMarketing === true;
        // Read as unknown: the first check exists for values the generated type rules out.
        const stated: unknown = purpose.legalBasis;
        const values = Array.isArray(stated) ? stated.map((value, i) => ({ value: value as unknown, path: [...purposePath, "legalBasis", i] })) : stated === undefined ? [] : [{ value: stated, path: [...purposePath, "legalBasis"] }];
        for (const { value, path: valuePath } of values) {
          const name = purposeName(purpose);
          if (typeof value !== "string" || !validBases.has(value)) {
            context.report({ messageId: "invalid", path: valuePath, data: { value: typeof value === "string" ? value : String(JSON.stringify(value)), purpose: name } });
          } else if (marketing && !marketingBases.has(value as LegalBasis)) {
            context.report({ messageId: "marketing", path: valuePath, data: { value, purpose: name } });
          }
        }
        if (purpose.items) visit(purpose.items, [...purposePath, "items"], marketing);
      });
    };
    context.policy.chapters.forEach((chapter, index) => {
      if (chapter.purposes) visit(chapter.purposes.items, ["chapters", index, "purposes", "items"], false);
    });
  },
});
