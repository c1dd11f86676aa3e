import type { List, ListItem, Nodes, Root } from "mdast";
import { beforeAll, describe, expect, it } from "vitest";
import { examplePolicy } from "../../src/lint/examples/merge.js";
import type { Policy } from "../../src/model/index.js";
import { buildNoticeDocument, MarkdownParser, type NoticeDocument } from "../../src/render/document/index.js";
import { basePolicyFile, cofacePolicyFile, validPolicy } from "./support.js";

/** The plain text of a node, as a reader would see it. */
function text(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(text).join("");
  return "";
}

function lists(root: Root): List[] {
  return root.children.filter((node): node is List => node.type === "list");
}

function itemTexts(list: List): string[] {
  return list.children.map((item) => text(item.children[0]!));
}

function variant(fragment: string): Policy {
  return examplePolicy(fragment) as Policy;
}

let coface: NoticeDocument;
let base: NoticeDocument;
beforeAll(async () => {
  coface = buildNoticeDocument(await validPolicy(cofacePolicyFile));
  base = buildNoticeDocument(await validPolicy(basePolicyFile));
});

describe("buildNoticeDocument on the Coface notice", () => {
  it("numbers the subject chapters first, then transfers, security and rights, in roman numerals", () => {
    expect(coface.chapters.map((chapter) => chapter.heading)).toEqual([
      "Hoofdstuk I - U bent een websitebezoeker",
      "Hoofdstuk II - U bent potentiële klant",
      "Hoofdstuk III - U bent een klant, assurantietussenpersoon, samenwerkingspartner of leverancier",
      "Hoofdstuk IV - U bent een (potentiële) debiteur van een van onze klanten",
      "Hoofdstuk V - Geven wij uw Persoonsgegevens door buiten de EER?",
      "Hoofdstuk VI - Hoe beschermen wij uw Persoonsgegevens?",
      "Hoofdstuk VII - Wat zijn uw rechten op het gebied van gegevensbescherming en hoe kunt u contact met ons opnemen?",
    ]);
    expect(coface.chapters.map((chapter) => chapter.kind)).toEqual(["subject", "subject", "subject", "subject", "transfers", "security", "rights"]);
  });

  it("gives subject chapters the standard Dutch section headings, then their own sections", () => {
    expect(coface.chapters[0]!.sections.map((section) => section.heading)).toEqual([
      "Wijze van verzamelen van Persoonsgegevens",
      "Categorieën Persoonsgegevens",
      "Doelen en rechtsgronden",
      "Recht op intrekking",
      "Ontvangers van verzamelde Persoonsgegevens",
      "Periode gedurende welke de Persoonsgegevens worden bewaard",
      "Cookies, statistische gegevens & verbindingsgegevens",
    ]);
    // Chapter IV has no withdrawal section, as the original.
    expect(coface.chapters[3]!.sections.map((section) => section.kind)).toEqual(["collection", "categories", "purposes", "recipients", "retention"]);
  });

  it("writes the last-updated line with a Dutch month and the title in lower case", () => {
    expect(coface.lastUpdatedText).toBe("Deze privacy melding is het laatst bijgewerkt op 14 september 2022.");
    const parts = coface.lastUpdatedParts!;
    expect(parts.before + parts.date + parts.after).toBe(coface.lastUpdatedText);
    expect(parts.date).toBe("14 september 2022");
  });

  it("lists the chapters in the introduction with the seed's separators and punctuation", () => {
    const [subjects, topics] = lists(coface.introduction);
    expect(itemTexts(subjects!)).toEqual([
      "een websitebezoeker – Hoofdstuk I;",
      "een potentiële klant – Hoofdstuk II;",
      "een klant, assurantietussenpersoon, samenwerkingspartner of leverancier – Hoofdstuk III;",
      "een (potentiële) debiteur van een van onze klanten – Hoofdstuk IV.",
    ]);
    expect(itemTexts(topics!)).toEqual([
      'Geven wij uw Persoonsgegevens door buiten de Europese Economische Ruimte ("EER")? - Hoofdstuk V;',
      "Hoe beschermen wij uw Persoonsgegevens? - Hoofdstuk VI;",
      "Wat zijn uw (privacy)rechten en hoe kunt u contact met ons opnemen? - Hoofdstuk VII.",
    ]);
  });

  it("orders the introduction: text, subject list, topics lead, topics list, closing", () => {
    const shape = coface.introduction.children.map((node) => (node.type === "list" ? "list" : text(node).slice(0, 24)));
    expect(shape).toEqual([
      "Coface Groep (hierna de ",
      "De Groep is actief en fa",
      "De Groep oefent haar voo",
      "In het kader van onze ac",
      "Coface treedt bij het aa",
      "Wij zetten ons in voor d",
      "Wij verbinden ons er daa",
      "In deze privacy melding ",
      "list",
      "Daarnaast informeren wij",
      "list",
      "Wij maken u erop attent ",
    ]);
  });

  it("puts collection text, its list, the text after it and the provision text in the collection section", () => {
    const collection = coface.chapters[3]!.sections[0]!.content;
    expect(collection.children.map((node) => node.type)).toEqual(["paragraph", "paragraph", "list", "paragraph"]);
    expect(text(collection.children[3]!)).toMatch(/^Alle gegevensverzamelingen/);
    const withProvision = coface.chapters[2]!.sections[0]!.content;
    expect(text(withProvision.children.at(-1)!)).toMatch(/^Wij wijzen u erop dat het verstrekken/);
  });

  it("nests the purposes of a group as a sub-list inside the group's item", () => {
    const purposes = coface.chapters[2]!.sections.find((section) => section.kind === "purposes")!.content;
    const list = lists(purposes)[0]!;
    expect(itemTexts(list)).toEqual([
      "het opstellen of uitvoeren van een contract met u",
      "ons gerechtvaardigde belang, om:",
      "te voldoen aan wettelijke verplichtingen, om:",
    ]);
    const nested = list.children[2]!.children[1] as List;
    expect(nested.type).toBe("list");
    expect(nested.children).toHaveLength(3);
  });

  it("shows categories as a list or as paragraphs, as the layout says", () => {
    const asList = coface.chapters[2]!.sections[1]!.content;
    expect(asList.children.map((node) => node.type)).toEqual(["paragraph", "list"]);
    const asParagraphs = coface.chapters[3]!.sections[1]!.content;
    expect(asParagraphs.children.map((node) => node.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
  });

  it("shows retention statements as paragraphs with a nested list where a statement has items", () => {
    const retention = coface.chapters[2]!.sections.find((section) => section.kind === "retention")!.content;
    expect(retention.children.map((node) => node.type)).toEqual(["paragraph", "paragraph", "paragraph", "list"]);
    expect(itemTexts(retention.children[3] as List)).toEqual([
      "na ontvangst van een intrekking of bezwaar; of",
      "na 2 jaar van aanhoudende inactiviteit (indien u niet heeft gereageerd of geen nieuw verzoek heeft gestuurd).",
    ]);
  });

  it("gives the rights chapter its contact details as a section", () => {
    const rights = coface.chapters[6]!;
    expect(rights.sections.map((section) => [section.kind, section.heading])).toEqual([["contact", "Contactgegevens"]]);
    expect(text(rights.lead.children[0]!)).toMatch(/^U, als Betrokkene, heeft het recht/);
  });

  it("makes stable, unique ASCII anchors from chapter numbers and ids", () => {
    const anchors = coface.chapters.flatMap((chapter) => [chapter.anchor, ...chapter.sections.map((section) => section.anchor)]);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(coface.chapters[0]!.anchor).toBe("hoofdstuk-1-websitebezoeker");
    expect(coface.chapters[0]!.sections[6]!.anchor).toBe("hoofdstuk-1-websitebezoeker-cookies");
    expect(coface.chapters[1]!.anchor).toBe("hoofdstuk-2-potentiele-klant");
  });

  it("is pure: the same policy gives an equal document", async () => {
    const again = buildNoticeDocument(await validPolicy(cofacePolicyFile));
    expect(again).toEqual(coface);
  });

  it("never shares tree nodes between places, even for identical texts", () => {
    // Chapters II and III have the same withdrawal sentence.
    const second = coface.chapters[1]!.sections.find((section) => section.kind === "withdrawal")!.content;
    const third = coface.chapters[2]!.sections.find((section) => section.kind === "withdrawal")!.content;
    expect(second).toEqual(third);
    expect(second.children[0]).not.toBe(third.children[0]);
  });
});

describe("buildNoticeDocument on other policies", () => {
  it("puts the notice-wide chapters into the one list when there is no topics lead", () => {
    expect(itemTexts(lists(base.introduction)[0]!)).toEqual([
      "een gebruiker van de app – Hoofdstuk I;",
      "Doorgifte buiten de Europese Economische Ruimte - Hoofdstuk II;",
      "Hoe beveiligen wij uw gegevens? - Hoofdstuk III;",
      "Geautomatiseerde besluitvorming - Hoofdstuk IV;",
      "Uw rechten - Hoofdstuk V;",
      "Wijzigingen - Hoofdstuk VI.",
    ]);
  });

  it("publishes the reason of a notApplicable value as the text", () => {
    const transfers = base.chapters.find((chapter) => chapter.kind === "transfers")!;
    expect(transfers.heading).toBe("Hoofdstuk II - Doorgifte buiten de Europese Economische Ruimte");
    expect(text(transfers.lead)).toBe("Wij geven uw persoonsgegevens niet door naar landen buiten de Europese Economische Ruimte.");
    const noRecipients = buildNoticeDocument(variant(`
chapters:
  - id: gebruiker
    title: U gebruikt de app
    recipients:
      notApplicable: Wij geven uw gegevens aan niemand.
    provision:
      notApplicable: Er is geen verplichting.
`));
    expect(noRecipients.chapters[0]!.sections.map((section) => [section.kind, text(section.content)])).toEqual([
      ["collection", "Er is geen verplichting."],
      ["recipients", "Wij geven uw gegevens aan niemand."],
    ]);
  });

  it("appends a legitimate interest to its purpose's sentence, in the same list item", () => {
    const purposes = base.chapters[0]!.sections.find((section) => section.kind === "purposes")!.content;
    const item = lists(purposes)[0]!.children[2] as ListItem;
    expect(item.children).toHaveLength(1);
    expect(text(item)).toBe("storingen in de app opsporen en verhelpen; Ons belang is een app die betrouwbaar werkt voor al onze gebruikers.");
  });

  it("ends with the changes text as its own chapter", () => {
    const last = base.chapters.at(-1)!;
    expect([last.kind, last.heading, text(last.lead)]).toEqual([
      "changes",
      "Hoofdstuk VI - Wijzigingen",
      "Bij een wezenlijke wijziging van deze verklaring sturen wij u vooraf een bericht in de app.",
    ]);
  });

  it("adds the automated decision-making chapter between security and rights", () => {
    expect(base.chapters.map((chapter) => chapter.kind)).toEqual(["subject", "transfers", "security", "automatedDecisionMaking", "rights", "changes"]);
  });

  it("writes English labels for an English policy", () => {
    const english = buildNoticeDocument(variant(`
language: en
title: Privacy notice
lastUpdated: 2022-09-14
`));
    expect(english.lastUpdatedText).toBe("This privacy notice was last updated on 14 September 2022.");
    expect(english.chapters[0]!.heading).toBe("Chapter I - U gebruikt de app");
    expect(english.chapters[0]!.sections[0]!.heading).toBe("How we collect Personal Data");
    expect(english.locale).toBe("en-GB");
  });

  it("keeps acronyms in the title when it goes into the last-updated sentence", () => {
    const document = buildNoticeDocument(variant("title: AVG-verklaring Fietsapp"));
    expect(document.lastUpdatedText).toBe("Deze AVG-verklaring Fietsapp is het laatst bijgewerkt op 1 maart 2025.");
  });

  it("numbers a repeated anchor instead of repeating it", () => {
    const document = buildNoticeDocument(variant(`
chapters:
  - id: gebruiker
    title: U gebruikt de app
    withdrawal:
      text: Trek uw toestemming in via de app.
    sections:
      - id: intrekking
        title: Nog meer over intrekking
        text: Zie hierboven.
`));
    expect(document.chapters[0]!.sections.map((section) => section.anchor)).toEqual([
      "hoofdstuk-1-gebruiker-intrekking",
      "hoofdstuk-1-gebruiker-intrekking-2",
    ]);
  });

  it("turns raw HTML in the prose into literal text", () => {
    const document = buildNoticeDocument(variant(`
introduction:
  text: |-
    <script>alert(1)</script>

    Tekst met <b onclick="x()">html</b>.
`));
    const [first, second] = document.introduction.children;
    expect(first).toEqual({ type: "paragraph", children: [{ type: "text", value: "<script>alert(1)</script>" }] });
    expect(text(second!)).toBe('Tekst met <b onclick="x()">html</b>.');
    expect(JSON.stringify(document)).not.toContain('"type":"html"');
  });
});

describe("MarkdownParser", () => {
  it("parses a text once and hands out copies of its blocks", () => {
    const parser = new MarkdownParser();
    const tree = parser.parse("Een *zin*.");
    expect(parser.parse("Een *zin*.")).toBe(tree);
    const blocks = parser.blocks("Een *zin*.");
    expect(blocks).toEqual(tree.children);
    expect(blocks[0]).not.toBe(tree.children[0]);
  });

  it("understands GitHub Markdown (tables, autolinks) and keeps no source positions", () => {
    const tree = new MarkdownParser().parse("| a | b |\n|---|---|\n| 1 | 2 |\n\nMail privacy@example.nl");
    expect(tree.children.map((node) => node.type)).toEqual(["table", "paragraph"]);
    expect(JSON.stringify(tree)).toContain('"url":"mailto:privacy@example.nl"');
    expect(JSON.stringify(tree)).not.toContain("position");
  });
});
