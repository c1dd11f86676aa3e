import rule from "../../../src/lint/rules/retention-purpose-orphan.js";
import { testRule } from "../rule-tester.js";

const twoChapters = (retention: string): string => `chapters:
  - id: prospect
    title: U bent een potentiële klant
    categories:
      items:
        - id: zakelijk-contact
          text: uw zakelijke contactgegevens.
    purposes:
      items:
        - id: nieuwsbrief
          text: u onze nieuwsbrief sturen.
          legalBasis: consent
  - id: debiteur
    title: U bent debiteur van een klant
    categories:
      items:
        - id: betaalgedrag
          text: uw betaalgedrag.
    purposes:
      items:
        - id: incasso
          text: vorderingen van onze klanten innen.
          legalBasis: legitimate-interest
    retention:
      items:
${retention}`;

testRule(rule, {
  valid: [
    {
      name: "a processing-keyed statement that names its purpose",
      yaml: twoChapters(
        "        - text: Indien wij uw gegevens verwerken om vorderingen te innen, bewaren wij ze 2 jaar na betaling.\n          rules: [na-opzegging]\n          purposes: [incasso]\n",
      ),
    },
    {
      name: "an id declared nowhere is the validator's dangling reference, not this rule's",
      yaml: twoChapters("        - text: Wij bewaren uw gegevens 2 jaar.\n          rules: [na-opzegging]\n          purposes: [onbekend]\n"),
    },
    {
      name: "a statement keyed to nothing without processing wording",
      yaml: twoChapters("        - text: Wij bewaren uw betaalgegevens 2 jaar na betaling.\n          rules: [na-opzegging]\n"),
    },
  ],
  invalid: [
    {
      name: "retention keyed to another chapter's purpose and category",
      yaml: twoChapters(
        "        - text: Wij bewaren uw gegevens 2 jaar.\n          rules: [na-opzegging]\n          purposes: [incasso, nieuwsbrief]\n          categories: [zakelijk-contact]\n",
      ),
      errors: [
        { messageId: "otherChapter", path: ["chapters", 1, "retention", "items", 0, "purposes", 1] },
        { messageId: "categoryOtherChapter", path: ["chapters", 1, "retention", "items", 0, "categories", 0] },
      ],
    },
    {
      name: "‘Indien wij uw Persoonsgegevens verwerken ten behoeve van fraudepreventie’ without a purpose (Coface, chapter IV)",
      yaml: twoChapters(
        "        - text: Indien wij uw Persoonsgegevens verwerken ten behoeve van fraudepreventie, bewaren wij relevante Persoonsgegevens gedurende een redelijke termijn.\n          rules: [na-opzegging]\n",
      ),
      errors: [{ messageId: "unlinked", path: ["chapters", 1, "retention", "items", 0] }],
    },
  ],
});
