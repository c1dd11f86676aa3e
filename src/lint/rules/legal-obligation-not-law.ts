/**
 * Art. 6(1)(c) needs an obligation laid down by Union or Member-State law (Art. 6(3)). Voluntary
 * regulation, sector codes, codes of conduct and internal policy are not law: they may support
 * Art. 6(1)(f), never (c). Read in the purpose's text and law reference (and in the text of the group
 * that states the basis), Dutch and English.
 */
import type { PolicyPath } from "../../diagnostics/index.js";
import { coveringBasis, inheritedField, legalBasisIri, policyLeafPurposes, purposeName } from "../../model/index.js";
import { nonLawNormTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "legal-obligation-not-law",
    articles: ["Art. 6(1)(c)", "Art. 6(3)"],
    dpv: legalBasisIri["legal-obligation"],
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Een doel op grond van een wettelijke verplichting beroept zich niet op vrijwillige regelgeving, branche- of sectorcodes, gedragscodes of eigen beleid.",
      en: "A purpose based on a legal obligation does not rely on voluntary regulation, industry or sector codes, codes of conduct or internal policy.",
    },
    messages: {
      voluntaryNorm: {
        nl: "Doel `{{purpose}}` noemt `{{term}}` als wettelijke verplichting: vrijwillige codes of eigen beleid zijn geen wettelijke verplichting (art. 6 lid 3 AVG); kies daarvoor een andere grondslag.",
        en: "Purpose `{{purpose}}` gives `{{term}}` as a legal obligation: voluntary codes or internal policy are not a legal obligation (Art. 6(3) GDPR); use another basis for them.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: administratie\n          text: te voldoen aan wetgeving en branchecodes.\n          legalBasis: legal-obligation\n          lawReference: artikel 52 Algemene wet inzake rijksbelastingen\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: administratie\n          text: onze administratie bijhouden, omdat de wet ons daartoe verplicht.\n          legalBasis: legal-obligation\n          lawReference: artikel 52 Algemene wet inzake rijksbelastingen\n",
    },
  },
  check(context) {
    const reported = new Set<string>();
    for (const located of policyLeafPurposes(context.policy)) {
      const covering = coveringBasis(located);
      if (!covering?.bases.includes("legal-obligation")) continue;
      const texts: { text: string; path: PolicyPath; name: string }[] = [
        { text: located.purpose.text, path: [...located.path, "text"], name: purposeName(located.purpose) },
      ];
      if (covering.owner !== located.purpose) {
        texts.push({ text: covering.owner.text, path: [...covering.ownerPath, "text"], name: purposeName(covering.owner) });
      }
      const law = inheritedField(located, "lawReference");
      if (law) texts.push({ text: law.value, path: law.path, name: purposeName(law.owner) });
      for (const { text, path, name } of texts) {
        const term = nonLawNormTerms.find(text);
        const key = JSON.stringify(path);
        if (term === undefined || reported.has(key)) continue;
        reported.add(key);
        context.report({ messageId: "voluntaryNorm", path, data: { purpose: name, term } });
      }
    }
  },
});
