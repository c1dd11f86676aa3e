/**
 * The Dutch citizen service number (BSN) may only be processed where a statute permits it (UAVG
 * art. 46, under Art. 87 GDPR). A copy of a Dutch passport or identity card contains the BSN, and so
 * does the tax number of a natural person. A category that holds one of these (`nationalId: true`, or
 * text naming it, unless `nationalId: false` says otherwise) states the statute, or that the BSN is
 * masked (`nationalIdBasis`).
 */
import type { PolicyPath } from "../../diagnostics/index.js";
import { nationalIdTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "bsn-legal-basis",
    articles: ["Art. 87", "UAVG art. 46"],
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een categorie met het BSN, een kopie van een identiteitsbewijs of het fiscaal nummer van een natuurlijk persoon noemt de wet die het BSN-gebruik toestaat, of dat het BSN wordt afgeschermd (`nationalIdBasis`).",
      en: "A category holding the BSN, a copy of an identity document or a natural person's tax number names the statute permitting BSN use, or that the BSN is masked (`nationalIdBasis`).",
    },
    messages: {
      flagged: {
        nl: "Categorie `{{category}}` bevat een BSN of ID-kopie: alleen met wettelijke grondslag (art. 46 UAVG); vermeld die, of dat het BSN wordt afgeschermd (`nationalIdBasis`).",
        en: "Category `{{category}}` holds a BSN or ID copy: only where a statute permits (UAVG s.46); state it, or that the BSN is masked (`nationalIdBasis`).",
      },
      mentioned: {
        nl: "Categorie `{{category}}` noemt `{{term}}`: BSN (of ID-kopie/fiscaal nummer van een natuurlijk persoon) alleen met wettelijke grondslag (art. 46 UAVG); vermeld die (`nationalIdBasis`), of zet `nationalId: false` als er geen BSN in zit.",
        en: "Category `{{category}}` names `{{term}}`: the Dutch BSN (or ID copy/tax number of a natural person) may only be processed where a statute permits (UAVG s.46); state it (`nationalIdBasis`), or set `nationalId: false` if no BSN is involved.",
      },
    },
    examples: {
      incorrect: "chapters:\n  - id: klant\n    title: U bent klant\n    categories:\n      items:\n        - id: identificatie\n          text: uw naam en een kopie van uw identiteitsbewijs.\n",
      correct:
        "chapters:\n  - id: klant\n    title: U bent klant\n    categories:\n      items:\n        - id: identificatie\n          text: uw naam en een kopie van uw identiteitsbewijs.\n          nationalId: true\n          nationalIdBasis: artikel 33 Wwft; wij schermen het BSN op de kopie af.\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      (chapter.categories?.items ?? []).forEach((category, i) => {
        if (category.nationalIdBasis !== undefined || category.nationalId === false) return;
        const path: PolicyPath = ["chapters", index, "categories", "items", i];
        const name = category.id ?? category.text;
        if (category.nationalId === true) {
          context.report({ messageId: "flagged", path: [...path, "nationalId"], data: { category: name } });
          return;
        }
        const term = nationalIdTerms.find(category.text);
        if (term !== undefined) context.report({ messageId: "mentioned", path: [...path, "text"], data: { category: name, term } });
      });
    });
  },
});
