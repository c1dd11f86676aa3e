import { coveringBasis, leafPurposes, purposeName, rightIri, type Chapter, type Purpose } from "../../model/index.js";
import { defineRule } from "../rule.js";

/** The first purpose that makes Art. 21(4) apply: a 6(1)(e)/(f) leaf purpose or a direct-marketing purpose. */
function objectablePurpose(chapters: readonly Chapter[]): Purpose | undefined {
  const all = (items: readonly Purpose[]): Purpose[] => items.flatMap((purpose) => [purpose, ...all(purpose.items ?? [])]);
  for (const [index, chapter] of chapters.entries()) {
    const leaf = leafPurposes(chapter, ["chapters", index]).find((located) =>
      (coveringBasis(located)?.bases ?? []).some((basis) => basis === "legitimate-interest" || basis === "public-task"),
    );
    if (leaf) return leaf.purpose;
    const marketing = all(chapter.purposes?.items ?? []).find((purpose) => purpose.directMarketing === true);
    if (marketing) return marketing;
  }
  return undefined;
}

/**
 * Art. 21(4): the right to object is brought to attention explicitly, clearly and separately
 * (`rights.objectionSeparate: true`) when any purpose rests on Art. 6(1)(e)/(f) or is direct
 * marketing. When the right is not stated at all, `right-object` reports that instead.
 */
export default defineRule({
  meta: {
    id: "right-object-prominent",
    articles: ["Art. 21(4)", "Recital 70", "WP260 annex item 9"],
    dpv: rightIri.object,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld het recht van bezwaar uitdrukkelijk, duidelijk en gescheiden van andere informatie.",
      en: "Present the right to object explicitly, clearly and separately from other information.",
    },
    messages: {
      notSeparate: {
        nl: "Het recht van bezwaar moet uitdrukkelijk, duidelijk en gescheiden van andere informatie worden vermeld (art. 21 lid 4 AVG); doel `{{purpose}}` maakt bezwaar mogelijk.",
        en: "The right to object must be explicitly presented, clearly and separately from other information (Art. 21(4) GDPR); purpose `{{purpose}}` is open to objection.",
      },
    },
    dependsOn: ["right-object"],
    examples: {
      incorrect: `rights:
  objectionSeparate: false
`,
      correct: `rights:
  objectionSeparate: true
`,
    },
  },
  check({ policy, report }) {
    const rights = policy.rights;
    const purpose = objectablePurpose(policy.chapters);
    if (!rights || !purpose) return;
    if (!rights.rights.includes("object") && !rights.rights.includes("object-direct-marketing")) return;
    if (rights.objectionSeparate === true) return;
    const data = { purpose: purposeName(purpose) };
    if (rights.objectionSeparate === false) report({ messageId: "notSeparate", path: ["rights", "objectionSeparate"], data });
    else report({ messageId: "notSeparate", path: ["rights"], at: "key", data });
  },
});
