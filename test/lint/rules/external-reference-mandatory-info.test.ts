import rule from "../../../src/lint/rules/external-reference-mandatory-info.js";
import { testRule } from "../rule-tester.js";

const cookieSection = (text: string): string => `chapters:
  - id: bezoeker
    title: U bezoekt de website
    sections:
      - id: cookies
        title: Cookies
        text: ${text}
`;

testRule(rule, {
  valid: [
    {
      name: "a deferral with a direct link to the exact layer",
      yaml: cookieSection("Raadpleeg het cookiebeleid op onze website via https://fietsapp.example/cookies voor de volledige lijst."),
    },
    {
      name: "pointing to the website for newer versions is changes-actively-notified's concern",
      yaml: "introduction:\n  text: Fietsapp B.V. is verantwoordelijk. Raadpleeg onze website voor een bijgewerkte versie.\n",
    },
  ],
  invalid: [
    {
      name: "the cookie details sent to ‘de lokale website’ (Coface, chapter I)",
      yaml: cookieSection("Wij raden u aan het huidige online cookiebeleid op de lokale website te lezen."),
      errors: [{ messageId: "deferred", path: ["chapters", 0, "sections", 0, "text"] }],
    },
    {
      name: "the contact text flagged as deferred is reported once, at the flag",
      yaml: `rights:
  contact:
    title: Contactgegevens
    text: Dit kan via onze contactgegevens (zoals vermeld op onze websites).
    deferredToWebsite: true
`,
      errors: [{ messageId: "contactDeferred", path: ["rights", "contact", "deferredToWebsite"] }],
    },
    {
      name: "an English retention item sending readers to the website",
      yaml: `chapters:
  - id: customer
    title: You are a customer
    retention:
      items:
        - text: For retention periods, see our website.
          rules: [fiscaal]
`,
      errors: [{ messageId: "deferred", path: ["chapters", 0, "retention", "items", 0, "text"] }],
    },
  ],
});
