/**
 * The PDF renderer, checked with real poppler tools (pdfinfo, pdffonts, pdftotext, pdftohtml)
 * on the bytes renderPdf produces. No mocks: pdfkit writes, poppler reads.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentChapter, NoticeDocument } from "../../src/render/document/types.js";
import { renderPdf } from "../../src/render/pdf/index.js";

const repo = join(import.meta.dirname, "..", "..");
const seedPath = "/work/shared/seeds/000_c22649fad7061b78.txt";
const work = mkdtempSync(join(tmpdir(), "pdf-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Poppler helpers

let fileCount = 0;
function save(bytes: Uint8Array): string {
  const file = join(work, `notice-${++fileCount}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

function infoField(info: string, field: string): string | undefined {
  return new RegExp(`^${field}:\\s*(.*)$`, "m").exec(info)?.[1]?.trim();
}

interface Word {
  readonly page: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** Every word pdftotext finds, with its box in points (origin top left). */
function words(file: string): Word[] {
  const html = poppler("pdftotext", "-bbox", file, "-");
  const result: Word[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  const pattern =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[1] !== undefined) {
      page++;
      pageWidth = Number(match[1]);
      pageHeight = Number(match[2]);
    } else {
      result.push({
        page,
        pageWidth,
        pageHeight,
        xMin: Number(match[3]),
        yMin: Number(match[4]),
        xMax: Number(match[5]),
        yMax: Number(match[6]),
        text: match[7]!
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&apos;|&#39;/g, "'"),
      });
    }
  }
  return result;
}

/**
 * The words pdftotext finds, in its reading order, without the page furniture (footers are
 * artifacts, but poppler prints them). Words rather than plain pdftotext output, because plain
 * output joins a line that ends in a hyphen with the next one and drops the hyphen.
 */
function readingText(file: string, footerLeft: string): string {
  return words(file)
    .map((word) => word.text)
    .join(" ")
    .replace(/pagina \d+ van \d+/g, " ")
    .split(footerLeft)
    .join(" ");
}

/**
 * A pattern for one sentence in the extracted words: any whitespace may be a line break, and a
 * line may break after a hyphen ("business-to-" / "business"). With `anyDash`, a spaced "-" or
 * "–" may be either.
 */
function sentencePattern(sentence: string, anyDash: boolean): RegExp {
  let source = "";
  const text = sentence.replace(/\s+/g, " ").trim();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const spacedDash = text[i - 1] === " " && text[i + 1] === " ";
    if (anyDash && spacedDash && (c === "-" || c === "–")) {
      source += "[-–]";
    } else if (c === "-") {
      source += "-\\s*";
      if (text[i + 1] === " ") i++;
    } else if (c === " ") {
      source += "\\s+";
    } else {
      source += c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
  }
  return new RegExp(source, "gu");
}

/**
 * Sentences of `expected` not found in `text` in the given order (empty when all are). With
 * `anyDash`, a spaced "-" and "–" count as the same separator.
 */
function missingInOrder(text: string, expected: readonly string[], anyDash = false): string[] {
  const missing: string[] = [];
  let position = 0;
  for (const sentence of expected) {
    const pattern = sentencePattern(sentence, anyDash);
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match) position = match.index + match[0].length;
    else missing.push(sentence);
  }
  return missing;
}

/** Splits prose into sentences (and list items), bullets and leading colons removed. */
function sentencesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*[•◦]\s*/, "")
        .replace(/^:\s*/, "")
        .trim(),
    )
    .filter((line) => line !== "")
    .flatMap((line) => line.split(/(?<=[.?!;])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}

// ---------------------------------------------------------------------------------------------
// Documents

const markdown = (text: string): Root => unified().use(remarkParse).use(remarkGfm).parse(text);

function notice(parts: {
  title: string;
  author: string;
  intro: string;
  chapters: { anchor: string; number: string; heading: string; lead?: string; sections: [string, string][] }[];
}): NoticeDocument {
  return {
    id: "test",
    language: "nl",
    locale: "nl-NL",
    title: parts.title,
    author: parts.author,
    lastUpdated: "2022-09-14",
    lastUpdatedText: "Deze privacy melding is het laatst bijgewerkt op 14 september 2022.",
    lastUpdatedParts: {
      before: "Deze privacy melding is het laatst bijgewerkt op ",
      date: "14 september 2022",
      after: ".",
    },
    version: undefined,
    introduction: markdown(parts.intro),
    chapters: parts.chapters.map((chapter): DocumentChapter => ({
      anchor: chapter.anchor,
      number: chapter.number,
      heading: chapter.heading,
      lead: markdown(chapter.lead ?? ""),
      sections: chapter.sections.map(([heading, content], index) => ({
        anchor: `${chapter.anchor}-${index + 1}`,
        heading,
        content: markdown(content),
        kind: "section",
        id: `s${index + 1}`,
      })),
      kind: "subject",
      id: chapter.anchor,
      title: chapter.heading.replace(/^Hoofdstuk [IVX]+ - /, ""),
      label: chapter.heading.replace(/^Hoofdstuk [IVX]+ - /, ""),
    })),
  };
}

const handMade = notice({
  title: "Privacyverklaring Voorbeeld B.V.",
  author: "Voorbeeld B.V.",
  intro: [
    "Wij, **Voorbeeld B.V.**, gaan *zorgvuldig* om met uw Persoonsgegevens. Deze verklaring legt uit wat wij verwerken, waarom, en welke rechten u heeft volgens de Algemene verordening gegevensbescherming (AVG).",
    "Lees per situatie het hoofdstuk dat op u van toepassing is:",
    "- een websitebezoeker – [Hoofdstuk I](#hoofdstuk-1);\n- een klant of leverancier – [Hoofdstuk II](#hoofdstuk-2).",
    "Vragen? Mail naar [privacy@voorbeeld.nl](mailto:privacy@voorbeeld.nl) of lees de richtlijnen van de [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).",
  ].join("\n\n"),
  chapters: [
    {
      anchor: "hoofdstuk-1",
      number: "I",
      heading: "Hoofdstuk I - U bent een websitebezoeker",
      sections: [
        [
          "Categorieën Persoonsgegevens",
          "Wij verwerken uw naam, uw e-mailadres en de gegevens die u zelf invult in ons contactformulier. Cookies plaatsen wij alleen met uw toestemming.",
        ],
        [
          "Doelen en rechtsgronden",
          [
            "Wij verwerken deze gegevens op grond van:",
            "",
            "- uw **toestemming**, om:",
            "  - u onze nieuwsbrief te sturen;",
            "  - uw vraag te beantwoorden;",
            "- ons *gerechtvaardigd belang*, om onze website te beveiligen tegen misbruik en storingen, ook als dat betekent dat deze zin over meer dan één regel doorloopt.",
          ].join("\n"),
        ],
        [
          "Periode gedurende welke de Persoonsgegevens worden bewaard",
          "Wij bewaren uw gegevens niet langer dan 2 jaar na uw laatste bezoek. Daarna wissen wij ze — zonder uitzondering.",
        ],
      ],
    },
    {
      anchor: "hoofdstuk-2",
      number: "II",
      heading: "Hoofdstuk II - U bent een klant of leverancier",
      lead: "Voor klanten gelden andere regels dan voor bezoekers. Facturen van € 1.250,– bewaren wij zeven jaar.",
      sections: [
        [
          "Ontvangers van verzamelde Persoonsgegevens",
          "Wij delen gegevens met onze accountant, onze ‘verwerkers’ en met de Belastingdienst als de wet dat “verplicht”.",
        ],
        [
          "Recht op intrekking",
          "U kunt uw toestemming altijd intrekken. Zie [hoofdstuk I](#hoofdstuk-1) voor de gegevens die dit raakt.",
        ],
      ],
    },
  ],
});

/** The hand-made notice's sentences, in order, as a reader sees them. */
const handMadeSentences = [
  "Privacyverklaring Voorbeeld B.V.",
  "Deze privacy melding is het laatst bijgewerkt op 14 september 2022.",
  "Wij, Voorbeeld B.V., gaan zorgvuldig om met uw Persoonsgegevens.",
  "Deze verklaring legt uit wat wij verwerken, waarom, en welke rechten u heeft volgens de Algemene verordening gegevensbescherming (AVG).",
  "een websitebezoeker – Hoofdstuk I;",
  "een klant of leverancier – Hoofdstuk II.",
  "Vragen? Mail naar privacy@voorbeeld.nl of lees de richtlijnen van de Autoriteit Persoonsgegevens.",
  "Hoofdstuk I - U bent een websitebezoeker",
  "Categorieën Persoonsgegevens",
  "Wij verwerken uw naam, uw e-mailadres en de gegevens die u zelf invult in ons contactformulier.",
  "Doelen en rechtsgronden",
  "uw toestemming, om:",
  "u onze nieuwsbrief te sturen;",
  "uw vraag te beantwoorden;",
  "ons gerechtvaardigd belang, om onze website te beveiligen tegen misbruik en storingen, ook als dat betekent dat deze zin over meer dan één regel doorloopt.",
  "Daarna wissen wij ze — zonder uitzondering.",
  "Hoofdstuk II - U bent een klant of leverancier",
  "Facturen van € 1.250,– bewaren wij zeven jaar.",
  "Wij delen gegevens met onze accountant, onze ‘verwerkers’ en met de Belastingdienst als de wet dat “verplicht”.",
  "U kunt uw toestemming altijd intrekken.",
];

const SEED_SECTION_HEADINGS = new Set([
  "Wijze van verzamelen van Persoonsgegevens",
  "Categorieën Persoonsgegevens",
  "Doelen en rechtsgronden",
  "Recht op intrekking",
  "Ontvangers van verzamelde Persoonsgegevens",
  "Periode gedurende welke de Persoonsgegevens worden bewaard",
  "Cookies, statistische gegevens & verbindingsgegevens",
]);
const SEED_CTA = "Advies of een voorstel op maat?";

/** The seed notice up to (not including) the call-to-action block after the contact details. */
function seedBody(): string {
  const text = readFileSync(seedPath, "utf8");
  return text.slice(0, text.indexOf(SEED_CTA));
}

/**
 * A faithful transcription of the seed into a NoticeDocument (chapters, sections, bullets two
 * levels deep, e-mail autolinks, chapter references linked), independent of the policy YAML.
 */
function seedDocument(): NoticeDocument {
  const lines = seedBody().split("\n");
  const title = lines.shift()!.trim();
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === "") blocks.push([]);
    else if (line.startsWith(": ")) blocks.at(-1)!.push(line);
    else blocks.at(-1)!.push(line);
  }
  const paragraphs = blocks.filter((block) => block.length > 0);
  const toMarkdown = (block: string[]): string => {
    if (block[0]!.startsWith(" ")) {
      return block.map((line) => line.replace(/^ {2}• /, "    - ").replace(/^ • /, "- ")).join("\n");
    }
    if (block.length === 2 && block[1]!.startsWith(": ")) return `**${block[0]}**${block[1]}`;
    return block.join("\n");
  };
  let lastUpdatedText: string | undefined;
  const intro: string[] = [];
  const chapters: {
    anchor: string;
    number: string;
    heading: string;
    lead: string[];
    sections: [string, string[]][];
  }[] = [];
  for (const block of paragraphs) {
    const line = block.join("\n");
    const chapter = /^Hoofdstuk ([IVX]+) - /.exec(line);
    if (chapter) {
      const number = chapters.length + 1;
      chapters.push({ anchor: `hoofdstuk-${number}`, number: chapter[1]!, heading: line, lead: [], sections: [] });
    } else if (line.startsWith("Deze privacy melding is het laatst bijgewerkt")) {
      lastUpdatedText = line;
    } else if (chapters.length === 0) {
      intro.push(
        toMarkdown(block).replace(/Hoofdstuk ([IVX]+)(?=[;.])/g, (all, roman: string) => {
          const index = ["I", "II", "III", "IV", "V", "VI", "VII"].indexOf(roman) + 1;
          return `[${all}](#hoofdstuk-${index})`;
        }),
      );
    } else if (SEED_SECTION_HEADINGS.has(line)) {
      chapters.at(-1)!.sections.push([line, []]);
    } else {
      const current = chapters.at(-1)!;
      const section = current.sections.at(-1);
      (section ? section[1] : current.lead).push(toMarkdown(block));
    }
  }
  return {
    ...notice({
      title,
      author: "Coface",
      intro: intro.join("\n\n"),
      chapters: chapters.map((chapter) => ({
        ...chapter,
        lead: chapter.lead.join("\n\n"),
        sections: chapter.sections.map(([heading, content]) => [heading, content.join("\n\n")]),
      })),
    }),
    lastUpdatedText,
  };
}

function seedSentences(): string[] {
  return sentencesOf(seedBody());
}

// ---------------------------------------------------------------------------------------------

describe("renderPdf on a hand-made Dutch notice", () => {
  let bytes: Uint8Array;
  let file: string;
  let info: string;

  beforeAll(async () => {
    bytes = await renderPdf(handMade);
    file = save(bytes);
    info = poppler("pdfinfo", file);
  });

  it("finishes the file: every structure element ended, so pdfkit wrote the xref and trailer", () => {
    const tail = Buffer.from(bytes.subarray(-1024)).toString("latin1");
    expect(tail).toMatch(/trailer\n<<[\s\S]*\/Root[\s\S]*startxref\n\d+\n%%EOF\n$/);
  });

  it("writes an A4, PDF 1.7, tagged document with title and author", () => {
    expect(infoField(info, "Page size")).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)$/);
    expect(infoField(info, "PDF version")).toBe("1.7");
    expect(infoField(info, "Tagged")).toBe("yes");
    expect(infoField(info, "Title")).toBe(handMade.title);
    expect(infoField(info, "Author")).toBe(handMade.author);
    expect(infoField(info, "Creator")).toBe("privacy-notice");
  });

  it("declares the notice language and PDF/UA in the catalog and XMP metadata", () => {
    expect(Buffer.from(bytes).toString("latin1")).toContain("/Lang (nl-NL)");
    const xmp = poppler("pdfinfo", "-meta", file);
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${handMade.title}</rdf:li>`);
  });

  it("tags headings, paragraphs, lists and links in a structure tree", () => {
    const tree = poppler("pdfinfo", "-struct-text", file);
    const types = new Set(tree.split("\n").map((line) => line.trim().split(" ")[0]));
    for (const type of ["Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Link"]) {
      expect(types, `struct type ${type}`).toContain(type);
    }
    // The nested list sits inside the body of its parent item.
    expect(tree).toMatch(/LBody[^\n]*\n(?:\s+[^\n]*\n)*?\s+L \(block\)\n\s+LI/);
    // Each link element holds its text and its annotation (an OBJR).
    const links = [...tree.matchAll(/^(\s*)Link \(inline\)\n((?:\1\s+[^\n]*\n)+)/gm)].map((m) => m[2]!);
    expect(links.length).toBe(5);
    for (const link of links) {
      expect(link).toMatch(/"[^"]+"/);
      expect(link).toMatch(/Object \d+ \d+/);
    }
  });

  it("embeds every font", () => {
    const rows = poppler("pdffonts", file).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name type… encoding emb sub uni object ID
      expect(row.trim().split(/\s+/).slice(-5, -2), row).toEqual(["yes", "yes", "yes"]);
    }
    expect(rows.join("\n")).toContain("DejaVuSans");
  });

  it("holds every sentence of the source in reading order", () => {
    const text = readingText(file, `${handMade.author} · ${handMade.title}`);
    expect(missingInOrder(text, handMadeSentences)).toEqual([]);
  });

  it("numbers every page as 'pagina n van N' in the footer", () => {
    const pages = Number(infoField(info, "Pages"));
    expect(pages).toBeGreaterThanOrEqual(1);
    const texts = poppler("pdftotext", file, "-").split("\f").slice(0, pages);
    texts.forEach((text, index) => expect(text).toContain(`pagina ${index + 1} van ${pages}`));
  });

  it("turns external links into URI annotations", () => {
    const urls = poppler("pdfinfo", "-url", file);
    expect(urls).toContain("mailto:privacy@voorbeeld.nl");
    expect(urls).toContain("https://autoriteitpersoonsgegevens.nl/");
  });

  it("turns links to chapter anchors into GoTo actions to named destinations", () => {
    const dests = poppler("pdfinfo", "-dests", file);
    expect(dests).toContain("hoofdstuk-1");
    expect(dests).toContain("hoofdstuk-2");
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/S \/GoTo\s*\/D \(hoofdstuk-1\)/);
  });

  it("bookmarks every chapter and, below it, every section", () => {
    const xml = poppler("pdftohtml", "-xml", "-stdout", "-q", "-i", file);
    const outline = /<outline>([\s\S]*)<\/outline>/.exec(xml)?.[1] ?? "";
    const titles = [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => m[1]);
    const expected = handMade.chapters.flatMap((chapter) => [
      chapter.heading,
      ...chapter.sections.map((section) => section.heading),
    ]);
    expect(titles).toEqual(expected);
    // Sections are nested under their chapter.
    expect(outline).toMatch(/<item[^>]*>Hoofdstuk I - [^<]*<\/item>\s*<outline>/);
  });

  it("indents nested list items further than their parent item", () => {
    const all = words(file);
    const parent = all.find((word) => word.text === "toestemming,");
    const child = all.find((word) => word.text === "nieuwsbrief");
    const childFirst = all.find((word) => word.text === "u" && child && word.yMin === child.yMin);
    expect(parent && child && childFirst).toBeTruthy();
    const parentFirst = all.find((word) => word.text === "uw" && parent && word.yMin === parent.yMin);
    expect(childFirst!.xMin).toBeGreaterThan(parentFirst!.xMin + 10);
  });

  it("keeps all text inside the page margins", () => {
    for (const word of words(file)) {
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(60);
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 60);
      expect(word.yMax, word.text).toBeLessThanOrEqual(word.pageHeight - 20);
    }
  });

  it("gives byte-identical output for the same document", async () => {
    const again = await renderPdf(handMade);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });
});

describe("renderPdf with hostile text", () => {
  const hostile = notice({
    title: "Privacy <script>alert(1)</script> & {{x}}",
    author: "Evil & Co <b>",
    intro: [
      "Tekst met <script>alert('x')</script> en {{x}} en {{{raw}}} blijft tekst.",
      '<a href="javascript:alert(1)">html-link</a>',
      "Een [klik hier](javascript:alert(2)) en [ook dit](JaVaScRiPt:alert(3)) en [data](data:text/html,hoi) en [relatief](/pad) blijven tekst; [deze](https://example.org/veilig) werkt.",
      "Een [verwijzing naar niets](#bestaat-niet) blijft ook tekst.",
    ].join("\n\n"),
    chapters: [
      {
        anchor: "h1",
        number: "I",
        heading: "Hoofdstuk I - <img src=x onerror=alert(1)>",
        sections: [["Sectie {{y}}", "Inhoud."]],
      },
    ],
  });

  let bytes: Uint8Array;
  let file: string;
  beforeAll(async () => {
    bytes = await renderPdf(hostile);
    file = save(bytes);
  });

  it("prints markup and template syntax as inert text", () => {
    const text = poppler("pdftotext", file, "-");
    for (const literal of [
      "<script>alert('x')</script>",
      "{{x}}",
      "{{{raw}}}",
      '<a href="javascript:alert(1)">html-link</a>',
      "Hoofdstuk I - <img src=x onerror=alert(1)>",
      "Sectie {{y}}",
      "klik hier",
      "ook dit",
      "relatief",
      "verwijzing naar niets",
    ]) {
      expect(text).toContain(literal);
    }
    expect(infoField(poppler("pdfinfo", file), "Title")).toBe(hostile.title);
  });

  it("never writes a javascript: URI, a JavaScript action or a link to an unsafe scheme", () => {
    const urls = poppler("pdfinfo", "-url", file)
      .split("\n")
      .slice(1)
      .filter((line) => line.trim() !== "")
      .map((line) => line.trim().split(/\s+/).slice(2).join(" "));
    expect(urls).toEqual(["https://example.org/veilig"]);
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).not.toMatch(/javascript/i);
    expect(raw).not.toMatch(/\/JS\b/);
    expect(raw).not.toMatch(/\/URI\s*\((?!https:\/\/example\.org\/veilig\))/);
    expect(raw).not.toMatch(/\/GoTo\b/);
  });

  it("escapes the metadata in the XMP packet", () => {
    const xmp = poppler("pdfinfo", "-meta", file);
    expect(xmp).toContain("Privacy &lt;script&gt;alert(1)&lt;/script&gt; &amp; {{x}}");
    expect(xmp).toContain("Evil &amp; Co &lt;b&gt;");
    expect(xmp).not.toContain("<script>");
  });
});

describe("renderPdf on other Markdown blocks", () => {
  const blocks = notice({
    title: "Overige opmaak",
    author: "Voorbeeld B.V.",
    intro: [
      "| Gegeven | Bewaartermijn |\n| --- | --- |\n| Naam | 2 jaar na **einde** contract |\n| Factuur | 7 jaar |",
      "> Een citaat van de toezichthouder.",
      "```\nregel één\nregel twee\n```",
      "3. derde stap\n4. vierde stap",
      "Eerste regel  \nTweede regel na een harde regelafbreking, ~~doorgehaald~~ en ![logo van Voorbeeld](logo.png).",
      "Zie [de website][site] en https://voorbeeld.nl/privacy.",
      "[site]: https://voorbeeld.nl/",
      `Eenheelergtlangwoordzonderspatiesdatnietopeenregelpastmaargewoonwordtafgebrokenzonderbuitendemargetelopen${"x".repeat(40)}.`,
      "---",
      "Na de lijn.",
    ].join("\n\n"),
    chapters: [],
  });

  it("keeps their text, tags tables and quotes, and links references and bare URLs", async () => {
    const file = save(await renderPdf(blocks));
    const text = readingText(file, `${blocks.author} · ${blocks.title}`);
    expect(
      missingInOrder(text, [
        "Gegeven Bewaartermijn",
        "Naam 2 jaar na einde contract",
        "Factuur 7 jaar",
        "Een citaat van de toezichthouder.",
        "regel één",
        "regel twee",
        "3. derde stap",
        "4. vierde stap",
        "Eerste regel",
        "Tweede regel na een harde regelafbreking, doorgehaald en logo van Voorbeeld.",
        "Zie de website en https://voorbeeld.nl/privacy.",
        "Na de lijn.",
      ]),
    ).toEqual([]);
    const tree = poppler("pdfinfo", "-struct-text", file);
    for (const type of ["Table", "TR", "TH", "TD", "BlockQuote"]) {
      expect(tree).toMatch(new RegExp(`^\\s*${type}:?( |$)`, "m"));
    }
    // Header cells say which cells they head.
    expect(tree).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Gegeven"/);
    const urls = poppler("pdfinfo", "-url", file);
    expect(urls).toContain("https://voorbeeld.nl/");
    expect(urls).toContain("https://voorbeeld.nl/privacy");
    for (const word of words(file)) {
      expect(word.xMax, word.text).toBeLessThanOrEqual(word.pageWidth - 60);
    }
  });

  it("reports missing fonts as a tool error", async () => {
    await expect(renderPdf(blocks, { fontDir: join(work, "geen-fonts") })).rejects.toMatchObject({
      name: "ToolError",
      code: "file-not-found",
    });
  });
});

describe("renderPdf on a long notice", () => {
  const paragraph = (n: number): string =>
    `Alinea ${n}: wij verwerken uw Persoonsgegevens zorgvuldig, en deze zin is lang genoeg om over meer dan één regel door te lopen zodat pagina-einden midden in alinea's vallen.`;
  const long = notice({
    title: "Lange melding",
    author: "Voorbeeld B.V.",
    intro: Array.from({ length: 60 }, (_, i) => paragraph(i + 1)).join("\n\n"),
    chapters: [
      {
        anchor: "lang",
        number: "I",
        heading: "Hoofdstuk I - Lijsten over paginagrenzen",
        sections: [
          [
            "Lijst",
            Array.from({ length: 50 }, (_, i) => `- punt ${i + 1} van de lijst\n  - onderdeel ${i + 1}a`).join("\n"),
          ],
        ],
      },
    ],
  });

  it("loses no line at page breaks and numbers every page", async () => {
    const file = save(await renderPdf(long));
    const pages = Number(infoField(poppler("pdfinfo", file), "Pages"));
    expect(pages).toBeGreaterThan(3);
    const text = readingText(file, `${long.author} · ${long.title}`);
    const expected = [
      ...Array.from({ length: 60 }, (_, i) => paragraph(i + 1)),
      ...Array.from({ length: 50 }, (_, i) => [`punt ${i + 1} van de lijst`, `onderdeel ${i + 1}a`]).flat(),
    ];
    expect(missingInOrder(text, expected)).toEqual([]);
    const perPage = poppler("pdftotext", file, "-").split("\f").slice(0, pages);
    perPage.forEach((page, index) => expect(page).toContain(`pagina ${index + 1} van ${pages}`));
    for (const word of words(file)) {
      if (/^(pagina|van|\d+|Voorbeeld|B\.V\.|·|Lange|melding)$/.test(word.text) && word.yMin > word.pageHeight - 50)
        continue;
      // Body text stays above the bottom margin (72 pt), clear of the footer.
      expect(word.yMax, `${word.text} on page ${word.page}`).toBeLessThanOrEqual(word.pageHeight - 72 + 1);
    }
  });
});

describe("renderPdf on the seed notice (transcribed)", () => {
  it("holds every sentence of the seed in the seed's order", async () => {
    const document = seedDocument();
    const file = save(await renderPdf(document));
    const text = readingText(file, `${document.author} · ${document.title}`);
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    expect(missingInOrder(text, sentences)).toEqual([]);
  });
});

// The real pipeline: policy YAML → buildNoticeDocument → renderPdf, once both exist.
const builderPath = join(repo, "src/render/document/build-document.ts");
const policyPath = join(repo, "policy/coface-nl.yaml");
const pipelineReady = existsSync(builderPath) && existsSync(policyPath);

describe.runIf(pipelineReady)("renderPdf on policy/coface-nl.yaml", () => {
  it("holds every sentence of the seed in the seed's order", async () => {
    const { loadPolicyFile } = (await import(pathToFileURL(join(repo, "src/load/index.ts")).href)) as {
      loadPolicyFile(file: string): Promise<{ data: unknown }>;
    };
    const { buildNoticeDocument } = (await import(pathToFileURL(builderPath).href)) as {
      buildNoticeDocument(policy: unknown): NoticeDocument | Promise<NoticeDocument>;
    };
    const loaded = await loadPolicyFile(policyPath);
    const document = await buildNoticeDocument(loaded.data);
    const file = save(await renderPdf(document));
    const text = readingText(file, `${document.author} · ${document.title}`);
    // The builder writes its generated list of chapters with one separator (" – "); the seed
    // mixes " - " and " – " there, so spaced dashes are compared as equal.
    expect(missingInOrder(text, seedSentences(), true)).toEqual([]);
  });
});
