/**
 * Each purpose maps to one legal basis (Art. 13(1)(c); WP260 annex item 3; DPC WhatsApp IN-18-12-2).
 * "Op basis van uw toestemming of ons gerechtvaardigde belang" over a list of purposes leaves the
 * reader unable to tell which applies, and so which rights they have. Reported once where the list of
 * bases is stated (a leaf, or the group whose items inherit it).
 */
import { DPV, coveringBasis, policyLeafPurposes, purposeName } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "purpose-basis-mapping",
    articles: ["Art. 13(1)(c)", "Art. 14(1)(c)", "WP260 annex item 3", "DPC IN-18-12-2"],
    dpv: `${DPV}LegalBasis`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Elk doel heeft precies één rechtsgrond; een lijst van grondslagen voor één doel (of een groep doelen) is dubbelzinnig.",
      en: "Each purpose has exactly one legal basis; a list of bases for one purpose (or a group of purposes) is ambiguous.",
    },
    messages: {
      several: {
        nl: "Onduidelijk welke rechtsgrond bij doel `{{purpose}}` hoort (`{{bases}}`); koppel elk doel aan één grondslag, of splits het doel.",
        en: "Unclear which legal basis applies to purpose `{{purpose}}` (`{{bases}}`); map each purpose to one basis, or split the purpose.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: [consent, legitimate-interest]\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    purposes:\n      items:\n        - id: nieuwsbrief\n          text: u onze nieuwsbrief sturen.\n          legalBasis: consent\n",
    },
  },
  check(context) {
    const reported = new Set<string>();
    for (const located of policyLeafPurposes(context.policy)) {
      const covering = coveringBasis(located);
      if (!covering || covering.bases.length < 2) continue;
      const key = JSON.stringify(covering.path);
      if (reported.has(key)) continue;
      reported.add(key);
      context.report({
        messageId: "several",
        path: covering.path,
        data: { purpose: purposeName(covering.owner), bases: covering.bases.join(", ") },
      });
    }
  },
});
