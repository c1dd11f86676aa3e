/** Dutch labels, worded exactly as the Coface notice (the seed) publishes them. */
import type { Labels } from "./types.js";

export const nl: Labels = {
  locale: "nl-NL",
  chapterWord: "Hoofdstuk",
  headingSeparator: " - ",
  // The seed separates subject chapters with an en dash and notice-wide chapters with a hyphen.
  subjectListSeparator: " – ",
  topicListSeparator: " - ",
  listItemEnd: ";",
  listLastItemEnd: ".",
  sections: {
    collection: "Wijze van verzamelen van Persoonsgegevens",
    categories: "Categorieën Persoonsgegevens",
    purposes: "Doelen en rechtsgronden",
    withdrawal: "Recht op intrekking",
    recipients: "Ontvangers van verzamelde Persoonsgegevens",
    retention: "Periode gedurende welke de Persoonsgegevens worden bewaard",
  },
  sectionKeys: {
    collection: "verzamelen",
    categories: "categorieen",
    purposes: "doelen",
    withdrawal: "intrekking",
    recipients: "ontvangers",
    retention: "bewaren",
    contact: "contact",
  },
  defaultTitles: {
    transfers: "Doorgifte buiten de Europese Economische Ruimte",
    security: "Beveiliging van uw Persoonsgegevens",
    automatedDecisionMaking: "Geautomatiseerde besluitvorming",
    rights: "Uw rechten",
    changes: "Wijzigingen",
  },
  chapterKeys: {
    transfers: "doorgifte",
    security: "beveiliging",
    automatedDecisionMaking: "geautomatiseerde-besluitvorming",
    rights: "rechten",
    changes: "wijzigingen",
  },
  months: [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
  ],
  lastUpdated: (noticeName) => ({ before: `Deze ${noticeName} is het laatst bijgewerkt op `, after: "." }),
  page: {
    skipLink: "Direct naar de privacy melding",
    toc: "Inhoudsopgave",
    downloads: "Downloads",
    downloadPdf: "PDF",
    downloadJson: "JSON (voor websites)",
    downloadMarkdown: "Markdown",
    noticesTitle: "Privacy meldingen",
    noticesIntro: "Deze site bevat de volgende privacy meldingen:",
    furnitureLabel: "Aanvullende informatie",
    generatedBy: "Gemaakt met",
  },
};
