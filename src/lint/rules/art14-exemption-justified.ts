/**
 * Art. 14(5)(b): where informing the data subject is impossible or would take disproportionate effort,
 * "the controller shall take appropriate measures ..., including making the information publicly
 * available". The other grounds carry no such duty for the controller: under (c) the law itself
 * provides the measures, under (d) professional secrecy applies. So only `impossible` and
 * `disproportionate-effort` without `measures` are reported.
 */
import { GDPR } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "art14-exemption-justified",
    articles: ["Art. 14(5)"],
    dpv: `${GDPR}A14`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een beroep op art. 14 lid 5 sub b AVG (onmogelijk, onevenredige inspanning) vermeldt de genomen maatregelen (`collection.exemption.measures`).",
      en: "Reliance on Art. 14(5)(b) GDPR (impossible, disproportionate effort) states the measures taken (`collection.exemption.measures`).",
    },
    messages: {
      missing: {
        nl: "Hoofdstuk `{{chapter}}`: beroep op uitzondering van art. 14 lid 5 AVG (`{{ground}}`); motiveer en vermeld de genomen maatregelen, waaronder openbaarmaking van de informatie.",
        en: "Chapter `{{chapter}}`: Art. 14(5) exemption invoked (`{{ground}}`); justify it and state the safeguards taken, including making the information public.",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: onderzoek\n    title: U komt voor in ons archiefonderzoek\n    collection:\n      indirect: true\n      text: Wij gebruiken gegevens uit openbare archieven.\n      exemption:\n        ground: disproportionate-effort\n",
      correct:
        "chapters:\n  - id: onderzoek\n    title: U komt voor in ons archiefonderzoek\n    collection:\n      indirect: true\n      text: Wij gebruiken gegevens uit openbare archieven.\n      exemption:\n        ground: disproportionate-effort\n        measures: Wij publiceren deze verklaring op onze website en pseudonimiseren de gegevens direct na ontvangst.\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      const exemption = chapter.collection?.exemption;
      if (!exemption || exemption.measures !== undefined) return;
      if (exemption.ground !== "impossible" && exemption.ground !== "disproportionate-effort") return;
      context.report({
        messageId: "missing",
        path: ["chapters", index, "collection", "exemption"],
        at: "key",
        data: { chapter: chapter.id, ground: exemption.ground },
      });
    });
  },
});
