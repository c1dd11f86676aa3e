/**
 * Art. 6(1)(c) and (e) rest on a specific Union or Member-State law (Art. 6(3), Recital 41): the notice
 * names it (Wwft, Sanctiewet 1977, art. 52 AWR), not just "wetgeving" or "wettelijke verplichtingen".
 */
import { coveringBasis, inheritedField, legalBasisIri, policyLeafPurposes, purposeName } from "../../model/index.js";
import { genericLawTerms, onlyGeneric } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "legal-obligation-law-named",
    articles: ["Art. 6(3)", "Recital 41", "WP260 annex item 3"],
    dpv: legalBasisIri["legal-obligation"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een doel op grond van een wettelijke verplichting of publieke taak noemt de wet (`lawReference`), niet alleen ‘wetgeving’.",
      en: "A purpose based on a legal obligation or public task names the law (`lawReference`), not just ‘legislation’.",
    },
    messages: {
      missing: {
        nl: "Wettelijke verplichting of publieke taak als grondslag voor `{{purpose}}`: noem de wet waaruit de verplichting volgt (`lawReference`).",
        en: "Legal obligation or public task relied on for `{{purpose}}`: name the law that imposes it (`lawReference`).",
      },
      generic: {
        nl: "`{{law}}` noemt geen wet: noem de wet waaruit de verplichting voor `{{purpose}}` volgt (bijv. Wwft, art. 52 AWR).",
        en: "`{{law}}` names no law: name the law that imposes the obligation for `{{purpose}}` (e.g. the AML Act).",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: administratie\n          text: onze administratie bijhouden.\n          legalBasis: legal-obligation\n          lawReference: toepasselijke wetgeving\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: administratie\n          text: onze administratie bijhouden.\n          legalBasis: legal-obligation\n          lawReference: artikel 52 Algemene wet inzake rijksbelastingen\n",
    },
  },
  check(context) {
    const reported = new Set<string>();
    const once = (path: readonly (string | number)[]): boolean => {
      const key = JSON.stringify(path);
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    };
    for (const located of policyLeafPurposes(context.policy)) {
      const covering = coveringBasis(located);
      if (!covering?.bases.some((basis) => basis === "legal-obligation" || basis === "public-task")) continue;
      const law = inheritedField(located, "lawReference");
      if (law === undefined) {
        if (once(covering.ownerPath)) {
          context.report({ messageId: "missing", path: covering.ownerPath, at: "key", data: { purpose: purposeName(covering.owner) } });
        }
      } else if (onlyGeneric(law.value, genericLawTerms) && once(law.path)) {
        context.report({ messageId: "generic", path: law.path, data: { law: law.value.trim(), purpose: purposeName(law.owner) } });
      }
    }
  },
});
