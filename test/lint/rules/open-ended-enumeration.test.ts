import rule from "../../../src/lint/rules/open-ended-enumeration.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    {
      name: "‘zoals vermeld’ refers, it does not enumerate",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: levering
          text: uw bestelling leveren, zoals vermeld in de overeenkomst.
          legalBasis: contract
`,
    },
    { name: "open wording in the retention text is not a list this rule checks", yaml: "chapters:\n  - id: klant\n    title: U bent klant\n    retention:\n      items:\n        - text: Wij bewaren facturen, contracten, etc. 7 jaar.\n          rules: [fiscaal]\n" },
  ],
  invalid: [
    {
      name: "sources and categories left open (Coface, chapter II)",
      yaml: `chapters:
  - id: prospect
    title: U bent een potentiële klant
    collection:
      indirect: true
      text: "Wij verzamelen zakelijke contactgegevens via:"
      items:
        - text: Publiek beschikbare bronnen (internet, handelsregister, etc.);
        - text: Onze eigen databases.
    categories:
      items:
        - text: naam, zakelijk adres, of andere informatie die is verstrekt door de bron.
`,
      errors: [
        { messageId: "open", path: ["chapters", 0, "collection", "items", 0, "text"] },
        { messageId: "open", path: ["chapters", 0, "categories", "items", 0, "text"] },
      ],
    },
    {
      name: "‘o.a.’ in a declared source name",
      yaml: `sources:
  openbaar:
    name: publiek beschikbare bronnen (o.a. het handelsregister)
    kind: public-source
    publiclyAccessible: true
`,
      errors: [{ messageId: "open", path: ["sources", "openbaar", "name"] }],
    },
  ],
});
