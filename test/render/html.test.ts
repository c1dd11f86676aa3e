/// <reference lib="dom" />
// Code passed to page.evaluate() runs in Chromium, hence the DOM types.
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNoticeDocument, MarkdownParser } from "../../src/render/document/index.js";
import { build } from "../../src/render/build.js";
import { renderSite } from "../../src/render/html/eleventy.js";
import { toHtmlFragment } from "../../src/render/html/fragment.js";
import { indexPage, noticePage } from "../../src/render/html/page-model.js";
import { furnitureFor, loadSiteConfig } from "../../src/render/html/site-config.js";
import {
  basePolicyFile,
  cofacePolicyFile,
  launchChromium,
  normaliseSpace,
  repoRoot,
  seedFile,
  temporaryDir,
  unvalidatedPolicy,
} from "./support.js";

/** Where the published page knowingly differs from the seed's text, and why. */
const knownDifferences: readonly { readonly seed: string; readonly page: string; readonly why: string }[] = [
  {
    seed: "leverancier - Hoofdstuk III;",
    page: "leverancier – Hoofdstuk III;",
    why: "the list of subject chapters is generated with one separator (the seed's en dash); the seed has a hyphen here only",
  },
  {
    seed: "Contactgegevens\n: Als u",
    page: "Contactgegevens\nAls u",
    why: "the seed's ': ' is a definition-list artefact that policy/coface-nl.yaml drops",
  },
];

/** The seed's text up to the call-to-action block, without list bullets, known differences applied. */
async function expectedSeedText(): Promise<string> {
  const seed = await readFile(seedFile, "utf8");
  const end = seed.indexOf("Advies of een voorstel op maat?");
  expect(end).toBeGreaterThan(0);
  let text = seed.slice(0, end).split("\n").map((line) => line.replace(/^\s*•\s*/u, "")).join("\n");
  for (const difference of knownDifferences) {
    expect(text, difference.why).toContain(difference.seed);
    text = text.replace(difference.seed, difference.page);
  }
  return normaliseSpace(text);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(file: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  return page;
}

describe("the Coface page", () => {
  let out: { dir: string; remove: () => Promise<void> };
  let dist: string;
  let page: Page;
  beforeAll(async () => {
    out = await temporaryDir("html");
    dist = join(out.dir, "dist");
    const result = await build({ files: [cofacePolicyFile, basePolicyFile], outDir: dist, cwd: repoRoot, log: () => {} });
    expect(result.exitCode).toBe(0);
    page = await open(join(dist, "coface-nl", "index.html"));
  });
  afterAll(async () => {
    await out?.remove();
  });

  it("reads as the seed notice: the same sentences in the same order (white space normalised)", async () => {
    const expected = await expectedSeedText();
    const actual = normaliseSpace(await page.locator("main").innerText());
    // Sentence by sentence first, so a failure names the first sentence that is missing or moved.
    let from = 0;
    for (const sentence of expected.split(/(?<=[.;:?!])\s+/u)) {
      const at = actual.indexOf(sentence, from);
      expect(at, `"${sentence}" should follow position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + sentence.length;
    }
    expect(actual).toBe(expected);
  });

  it("shows the call to action after the notice, outside <main>, as separate page furniture", async () => {
    const aside = page.locator("aside.furniture");
    await expect(aside.innerText()).resolves.toContain("Advies of een voorstel op maat?");
    expect(await page.locator("main aside, main .call-to-action").count()).toBe(0);
    const mainBeforeAside = await page.evaluate(() => {
      const main = document.querySelector("main")!;
      const aside = document.querySelector("aside.furniture")!;
      return Boolean(main.compareDocumentPosition(aside) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(mainBeforeAside).toBe(true);
  });

  it("is a Dutch page with a title, a viewport and no JavaScript at all", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.title()).toBe("Privacy melding – Coface");
    expect(await page.getAttribute('meta[name="viewport"]', "content")).toBe("width=device-width, initial-scale=1");
    const html = await readFile(join(dist, "coface-nl", "index.html"), "utf8");
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/iu);
  });

  it("has a table of contents that links every chapter and section heading", async () => {
    const links = await page.locator('nav[aria-label="Inhoudsopgave"] a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    const headings = await page.locator("main h2[id], main h3[id]").evaluateAll((nodes) => nodes.map((node) => `#${node.id}`));
    expect(headings).toHaveLength(7 + 25);
    expect(links).toEqual(headings);
  });

  it("writes the date of the last update as a Dutch date in a <time> element", async () => {
    const time = page.locator(".last-updated time");
    expect(await time.getAttribute("datetime")).toBe("2022-09-14");
    expect(await time.innerText()).toBe("14 september 2022");
  });

  it("links the PDF, JSON and Markdown files that lie next to the page", async () => {
    const hrefs = await page.locator('nav[aria-label="Downloads"] a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
    expect(hrefs).toEqual(["coface-nl.pdf", "coface-nl.json", "coface-nl.md"]);
    for (const href of hrefs) await access(join(dist, "coface-nl", href));
  });

  it("fits a 390 px phone screen without sideways scrolling", async () => {
    const phone = await open(join(dist, "coface-nl", "index.html"), { width: 390, height: 844 });
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    const fontSize = await phone.locator("main p").first().evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(16);
  });

  it("prints without navigation, downloads or furniture, and with the address of each web link", async () => {
    const printed = await open(join(dist, "fietsapp", "index.html"));
    await printed.emulateMedia({ media: "print" });
    // Hidden means: the element or one of its ancestors is display: none.
    const hidden = await printed.evaluate(() =>
      ["nav.toc", "nav.downloads", ".skip-link", "main"].map((selector) => {
        let node: Element | null = document.querySelector(selector);
        while (node !== null && getComputedStyle(node).display !== "none") node = node.parentElement;
        return node !== null;
      }));
    expect(hidden).toEqual([true, true, true, false]);
    const after = await printed.locator('main a[href^="https://autoriteitpersoonsgegevens.nl"]').first().evaluate((node) => getComputedStyle(node, "::after").content);
    expect(after).toContain("https://autoriteitpersoonsgegevens.nl");
  });

  it("lists every notice on dist/index.html", async () => {
    const list = await open(join(dist, "index.html"));
    const links = await list.locator("main a").evaluateAll((anchors) => anchors.map((a) => [a.getAttribute("href"), a.textContent]));
    expect(links).toEqual([["coface-nl/", "Privacy melding"], ["fietsapp/", "Privacyverklaring Fietsapp"]]);
  });
});

describe("hostile text", () => {
  let out: { dir: string; remove: () => Promise<void> };
  let page: Page;
  let html: string;
  beforeAll(async () => {
    out = await temporaryDir("hostile");
    const policy = await unvalidatedPolicy(join(repoRoot, "test", "fixtures", "hostile", "hostile.yaml"));
    const site = await loadSiteConfig(join(repoRoot, "test", "fixtures", "hostile", "site.yaml"));
    const parser = new MarkdownParser();
    const document = buildNoticeDocument(policy, { parser });
    await renderSite([noticePage(document, furnitureFor(site, policy.id), parser)], indexPage([document]), out.dir);
    const file = join(out.dir, "vijandig", "index.html");
    html = await readFile(file, "utf8");
    page = await open(file);
  });
  afterAll(async () => {
    await out?.remove();
  });

  it("runs nothing: no script ran, no script element, no event handler attribute", async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator("script").count()).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((node) => [...node.attributes].filter((attribute) => /^on/iu.test(attribute.name)).map((attribute) => `${node.tagName} ${attribute.name}`)));
    expect(handlers).toEqual([]);
  });

  it("leaves no javascript:, data: or vbscript: link and no embedded or remote content", async () => {
    const hrefs = await page.locator("[href]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href")!));
    for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/iu);
    expect(hrefs).toContain("mailto:iemand@example.nl");
    for (const tag of ["iframe", "object", "embed", "img", "svg", "form", "input", "body style", "main style"]) {
      expect(await page.locator(tag).count(), tag).toBe(0);
    }
  });

  it("shows markup and Handlebars syntax from the policy literally", async () => {
    expect(await page.title()).toContain("Privacy <script>window.__pwned = 'title'</script> {{notice.id}} &amp;");
    const text = await page.locator("body").innerText();
    for (const literal of [
      "{{notice.id}} {{{content}}} {{> partials/footer}} {{#each notices}}{{this}}{{/each}}",
      "U bent <img src=x onerror=\"window.__pwned='heading'\"> {{{content}}}",
      "{{> partials/footer}} <b onmouseover=\"window.__pwned='label'\">x</b> – Hoofdstuk I",
      "<script>window.__pwned='section'</script>",
      "Beveiliging {{#if true}}ja{{/if}}",
      "{{code}}",
      "Kop {{site.lang}}",
      "Bel ons {{{html}}}",
    ]) {
      expect(text).toContain(literal);
    }
    expect(html).toContain("&lt;script&gt;");
  });

  it("keeps the Markdown that is allowed: emphasis, code and mailto links", async () => {
    expect(await page.locator("main strong").innerText()).toBe("vet");
    expect(await page.locator('main a[href="mailto:iemand@example.nl"]').innerText()).toBe("mail");
  });
});

describe("toHtmlFragment", () => {
  it("drops raw HTML and dangerous URLs, and turns images into links", () => {
    const parser = new MarkdownParser();
    const html = toHtmlFragment(parser.parse([
      "<script>alert(1)</script>",
      "",
      "[a](javascript:alert(1)) <img src=x onerror=alert(1)> ![p](https://tracker.example/p.png)",
    ].join("\n")));
    expect(html).not.toMatch(/<script|<img|href="javascript:/iu);
    expect(html).toContain("<a>a</a>");
    expect(html).toContain("&#x3C;img src=x onerror=alert(1)>");
    expect(html).toContain('<a href="https://tracker.example/p.png">p</a>');
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });

  it("moves headings in the prose below the surrounding levels", () => {
    const parser = new MarkdownParser();
    expect(toHtmlFragment(parser.parse("# Kop\n\n###### Diep"), { headingOffset: 3 })).toBe("<h4>Kop</h4>\n<h6>Diep</h6>");
  });
});
