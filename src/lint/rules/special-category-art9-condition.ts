/**
 * Special categories of data (Art. 9(1)) need an Art. 9(2) condition besides the Art. 6 basis
 * (Art. 13(1)(c); WP260 annex item 3). The model does not link categories to purposes, so a chapter
 * passes when at least one of its purposes states a condition (`art9Condition`, or explicit consent,
 * which is Art. 9(2)(a)); demanding one of every purpose would flag a newsletter next to a health
 * purpose, which no lawyer would accept.
 */
import { DPV, coveringBasis, inheritedField, leafPurposes } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "special-category-art9-condition",
    articles: ["Art. 9(1)-(2)", "Art. 13(1)(c)", "WP260 annex item 3"],
    dpv: `${DPV}SpecialCategoryPersonalData`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Een hoofdstuk met bijzondere persoonsgegevens (`special: true`) noemt bij de doelen een uitzonderingsgrond uit art. 9 lid 2 AVG (`art9Condition`).",
      en: "A chapter with special-category data (`special: true`) gives an Art. 9(2) GDPR condition with its purposes (`art9Condition`).",
    },
    messages: {
      missing: {
        nl: "Bijzondere persoonsgegevens (`{{category}}`) zonder uitzonderingsgrond uit art. 9 lid 2 AVG: vermeld bij het doel dat ze verwerkt de grond (`art9Condition`).",
        en: "Special category data (`{{category}}`) without an Art. 9(2) GDPR condition: state the condition with the purpose that processes them (`art9Condition`).",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    categories:\n      items:\n        - id: hartslag\n          text: uw hartslag tijdens het fietsen.\n          special: true\n    purposes:\n      items:\n        - id: trainingsadvies\n          text: u trainingsadvies geven.\n          legalBasis: consent\n",
      correct:
        "chapters:\n  - id: gebruiker\n    title: U gebruikt de app\n    categories:\n      items:\n        - id: hartslag\n          text: uw hartslag tijdens het fietsen.\n          special: true\n    purposes:\n      items:\n        - id: trainingsadvies\n          text: u trainingsadvies geven.\n          legalBasis: consent\n          art9Condition: art9-2-a\n",
    },
  },
  check(context) {
    context.policy.chapters.forEach((chapter, index) => {
      const chapterPath: PolicyPath = ["chapters", index];
      const special = (chapter.categories?.items ?? []).flatMap((category, i) => (category.special === true ? [{ category, i }] : []));
      if (special.length === 0) return;
      const covered = leafPurposes(chapter, chapterPath).some(
        (located) =>
          inheritedField(located, "art9Condition") !== undefined || coveringBasis(located)?.bases.includes("explicit-consent") === true,
      );
      if (covered) return;
      for (const { category, i } of special) {
        context.report({
          messageId: "missing",
          path: [...chapterPath, "categories", "items", i, "special"],
          data: { category: category.id ?? category.text },
        });
      }
    });
  },
});
