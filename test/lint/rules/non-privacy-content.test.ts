import rule from "../../../src/lint/rules/non-privacy-content.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    {
      name: "sending a quote is a processing purpose, not marketing copy",
      yaml: `chapters:
  - id: prospect
    title: U vraagt een offerte aan
    purposes:
      items:
        - id: offerte
          text: u een voorstel op maat sturen, omdat u daarom vroeg.
          legalBasis: contract
`,
    },
    { name: "a contact section that only gives contact details", yaml: "rights:\n  contact:\n    title: Contact\n    text: Bel ons op 030 123 4567.\n" },
  ],
  invalid: [
    {
      name: "a sales block in a chapter section (Coface ending)",
      yaml: `chapters:
  - id: klant
    title: U bent klant
    sections:
      - id: advies
        title: Advies of een voorstel op maat?
        text: Wat heb jij nodig om verder te groeien? Wij helpen je graag in een persoonlijk adviesgesprek. Download de whitepaper.
`,
      errors: [
        { messageId: "marketing", path: ["chapters", 0, "sections", 0, "title"] },
        { messageId: "marketing", path: ["chapters", 0, "sections", 0, "text"] },
      ],
    },
    {
      name: "an English call to action in the introduction",
      yaml: "introduction:\n  closing: Want to grow? Book a demo today.\n",
      errors: [{ messageId: "marketing", path: ["introduction", "closing"] }],
    },
  ],
});
