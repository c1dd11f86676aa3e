/**
 * Versions that websites and consent records can rely on: real builds into the same output folder,
 * checked file by file (no mocks; the feed is parsed by Chromium's XML parser).
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as formatsModule from "ajv-formats";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { build } from "../../src/render/build.js";
import type { WellKnownIndex } from "../../src/render/versions/types.js";
import { cofacePolicyFile, launchChromium, repoRoot, temporaryDir } from "./support.js";

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((formatsModule as unknown as { default?: AddFormats }).default ?? (formatsModule as unknown as AddFormats));

/** A validator for one of the published JSON Schemas. */
async function schemaValidator(name: string): Promise<ReturnType<Ajv2020["compile"]>> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(await readFile(join(repoRoot, "schema", name), "utf8")));
}

let work: { dir: string; remove: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  work = await temporaryDir("versions");
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await work?.remove();
});

/** Every file under `dir` with the hex SHA-256 of its bytes, by relative path, sorted. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out[relative(dir, file)] = sha256(await readFile(file));
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function run(file: string, outDir: string): Promise<{ exitCode: number; log: string }> {
  let log = "";
  const result = await build({ cwd: repoRoot, files: [file], outDir, log: (text) => (log += text) });
  return { exitCode: result.exitCode, log };
}

/** The Coface policy with a new consent purpose, as version `version` of `date`. */
async function changedPolicy(name: string, version: string, date: string): Promise<string> {
  const text = await readFile(cofacePolicyFile, "utf8");
  const anchor = "        - id: websitebezoeker-contact\n";
  if (!text.includes(anchor) || !text.includes('version: "2022-09-14"')) throw new Error("the Coface policy changed; adapt this test");
  const changed = text
    .replace(anchor, `        - id: websitebezoeker-nieuwsbrief\n          text: u onze nieuwsbrief over kredietverzekering te sturen;\n          legalBasis: consent\n${anchor}`)
    .replace('version: "2022-09-14"', `version: "${version}"`)
    .replace("lastUpdated: 2022-09-14", `lastUpdated: ${date}`);
  const file = join(work.dir, name);
  await writeFile(file, changed);
  return file;
}

/** Parses XML with Chromium's DOMParser: well-formedness errors, the root, and the Atom members read. */
async function parseAtom(xml: string): Promise<{ error: string | null; root: string; namespace: string | null; feed: Record<string, string | null>; entries: { id: string | null; updated: string | null; title: string | null; summary: string | null }[] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
      const atom = "http://www.w3.org/2005/Atom";
      const root = doc.documentElement;
      const child = (parent: Element, name: string): string | null =>
        [...parent.children].find((element) => element.namespaceURI === atom && element.localName === name)?.textContent ?? null;
      const selfLink = [...root.children].find((element) => element.localName === "link" && element.getAttribute("rel") === "self");
      return {
        error,
        root: root.localName,
        namespace: root.namespaceURI,
        feed: { id: child(root, "id"), title: child(root, "title"), updated: child(root, "updated"), self: selfLink?.getAttribute("href") ?? null },
        entries: [...root.children]
          .filter((element) => element.namespaceURI === atom && element.localName === "entry")
          .map((entry) => ({ id: child(entry, "id"), updated: child(entry, "updated"), title: child(entry, "title"), summary: child(entry, "summary") })),
      };
    }, xml);
  } finally {
    await page.close();
  }
}

describe("versions in build output", () => {
  let out: string;
  let first: Record<string, string>;
  let second: Record<string, string>;
  let secondLog: string;

  beforeAll(async () => {
    out = join(work.dir, "site", "dist");
    expect((await run(cofacePolicyFile, out)).exitCode).toBe(0);
    first = await snapshot(out);
    const result = await run(await changedPolicy("coface-v2.yaml", "2023-01-15", "2023-01-15"), out);
    secondLog = result.log;
    expect(result.exitCode, secondLog).toBe(0);
    second = await snapshot(out);
  }, 120_000);

  it("publishes the first build's version under v/ with the latest files and policy data", () => {
    const v1 = "coface-nl/v/2022-09-14";
    expect(Object.keys(first).filter((file) => file.startsWith(v1)).sort()).toEqual(
      ["coface-nl.json", "coface-nl.md", "coface-nl.pdf", "index.html", "policy.json"].map((name) => `${v1}/${name}`),
    );
    for (const name of ["coface-nl.json", "coface-nl.md", "coface-nl.pdf"]) expect(first[`${v1}/${name}`]).toBe(first[`coface-nl/${name}`]);
  });

  it("keeps both versions after the second build, the old one byte-identical to the first build", () => {
    const oldFiles = Object.keys(first).filter((file) => file.startsWith("coface-nl/v/2022-09-14/"));
    expect(oldFiles.length).toBe(5);
    for (const file of oldFiles) expect(second[file], file).toBe(first[file]);
    expect(Object.keys(second).filter((file) => file.startsWith("coface-nl/v/2023-01-15/")).length).toBe(5);
    // The latest paths now show the new version.
    expect(second["coface-nl/coface-nl.json"]).toBe(second["coface-nl/v/2023-01-15/coface-nl.json"]);
    expect(second["coface-nl/coface-nl.json"]).not.toBe(first["coface-nl/coface-nl.json"]);
  });

  it("lists both versions in .well-known with hashes that match the files", async () => {
    const index = JSON.parse(await readFile(join(out, ".well-known", "privacy-notice.json"), "utf8")) as WellKnownIndex;
    expect(index.notices.map((notice) => notice.id)).toEqual(["coface-nl"]);
    const notice = index.notices[0]!;
    expect(notice.latest).toBe("2023-01-15");
    expect(notice.versions.map((version) => [version.version, version.lastUpdated])).toEqual([["2022-09-14", "2022-09-14"], ["2023-01-15", "2023-01-15"]]);
    for (const version of notice.versions) {
      const policyBytes = await readFile(join(out, version.urls.policy));
      expect(version.contentHash).toBe(`sha256:${sha256(policyBytes)}`);
      for (const [key, url] of Object.entries(version.urls)) {
        expect(version.sha256[key as keyof typeof version.sha256], url).toBe(sha256(await readFile(join(out, url))));
      }
    }
    const validate = await schemaValidator("well-known.schema.json");
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
    expect(await readFile(join(out, "schema", "well-known.schema.json"), "utf8")).toBe(await readFile(join(repoRoot, "schema", "well-known.schema.json"), "utf8"));
  });

  it("writes a well-formed Atom feed with one entry per version, newest first, dated from lastUpdated", async () => {
    const feed = await parseAtom(await readFile(join(out, "coface-nl", "feed.xml"), "utf8"));
    expect(feed.error).toBeNull();
    expect([feed.root, feed.namespace]).toEqual(["feed", "http://www.w3.org/2005/Atom"]);
    expect(feed.feed).toMatchObject({ id: "urn:privacy-notice:coface-nl", updated: "2023-01-15T00:00:00Z", self: "feed.xml" });
    expect(feed.feed["title"]).toBeTruthy();
    expect(feed.entries.map((entry) => [entry.id, entry.updated])).toEqual([
      ["urn:privacy-notice:coface-nl:v:2023-01-15", "2023-01-15T00:00:00Z"],
      ["urn:privacy-notice:coface-nl:v:2022-09-14", "2022-09-14T00:00:00Z"],
    ]);
    expect(feed.entries[0]!.summary).toContain("nieuwsbrief over kredietverzekering");
    expect(feed.entries[1]!.summary).not.toContain("nieuwsbrief");
  });

  it("links the feed from the page and lists the new purpose in a Wijzigingen section after the notice", async () => {
    const html = await readFile(join(out, "coface-nl", "index.html"), "utf8");
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="feed.xml">');
    const page = await browser.newPage();
    try {
      await page.setContent(html);
      const aside = page.locator("main aside.changes");
      expect(await aside.getByRole("heading", { level: 2 }).textContent()).toBe("Wijzigingen");
      expect(await aside.textContent()).toContain("nieuwsbrief over kredietverzekering");
      // Code spans in the summaries become <code>, not literal backticks.
      expect(await aside.locator("code", { hasText: "2023-01-15" }).count()).toBeGreaterThan(0);
      expect(await aside.textContent()).not.toContain("`");
      // Outside the notice's own text.
      expect(await page.locator("article aside.changes").count()).toBe(0);
    } finally {
      await page.close();
    }
    const versioned = await readFile(join(out, "coface-nl", "v", "2023-01-15", "index.html"), "utf8");
    expect(versioned).toContain('type="application/atom+xml" href="../../feed.xml"');
    const firstPage = await readFile(join(out, "coface-nl", "v", "2022-09-14", "index.html"), "utf8");
    expect(firstPage).not.toContain("Wijzigingen");
  });

  it("adds the changes to the notice JSON", async () => {
    const json = JSON.parse(await readFile(join(out, "coface-nl", "coface-nl.json"), "utf8")) as { versionChanges?: { previousVersion: string; changes: { kind: string; classification: string; path: string }[] } };
    expect(json.versionChanges?.previousVersion).toBe("2022-09-14");
    expect(json.versionChanges?.changes).toContainEqual(expect.objectContaining({ kind: "purpose-added", classification: "material" }));
    const validate = await schemaValidator("notice-json.schema.json");
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const firstJson = JSON.parse(await readFile(join(out, "coface-nl", "v", "2022-09-14", "coface-nl.json"), "utf8")) as object;
    expect(firstJson).not.toHaveProperty("versionChanges");
  });

  it("fails with exit 1 and leaves the output untouched when a published version's content changes", async () => {
    const sneaky = await changedPolicy("coface-sneaky.yaml", "2023-01-15", "2023-01-15");
    await writeFile(sneaky, (await readFile(sneaky, "utf8")).replace("nieuwsbrief over kredietverzekering", "nieuwsbrief over alles"));
    const result = await run(sneaky, out);
    expect(result.exitCode).toBe(1);
    expect(await main(["build", sneaky, "--out", out])).toBe(1);
    expect(result.log).toContain("versie 2023-01-15 is al gepubliceerd met andere inhoud; verhoog `version` en `lastUpdated`");
    expect(await snapshot(out)).toEqual(second);
  }, 60_000);

  it("rebuilding the same input changes nothing", async () => {
    expect((await run(await changedPolicy("coface-v2-again.yaml", "2023-01-15", "2023-01-15"), out)).exitCode).toBe(0);
    expect(await snapshot(out)).toEqual(second);
  }, 60_000);

  it("carries published versions over unchanged even when the templates change the latest page", async () => {
    const templates = join(work.dir, "templates-anders");
    await mkdir(join(templates, "partials"), { recursive: true });
    await writeFile(join(templates, "partials", "footer.hbs"), "<footer>Andere voettekst</footer>\n");
    const changed = await changedPolicy("coface-v2-themed.yaml", "2023-01-15", "2023-01-15");
    const result = await build({ cwd: repoRoot, files: [changed], outDir: out, templatesDir: templates, log: () => {} });
    expect(result.exitCode).toBe(0);
    const third = await snapshot(out);
    expect(third["coface-nl/index.html"]).not.toBe(second["coface-nl/index.html"]);
    for (const file of Object.keys(second).filter((name) => name.includes("/v/"))) expect(third[file], file).toBe(second[file]);
  }, 60_000);
});

describe("versions without a previous output", () => {
  it("are deterministic: two fresh builds of the same input are byte-identical", async () => {
    const a = join(work.dir, "fresh-a", "dist");
    const b = join(work.dir, "fresh-b", "dist");
    expect((await run(cofacePolicyFile, a)).exitCode).toBe(0);
    expect((await run(cofacePolicyFile, b)).exitCode).toBe(0);
    const snapshotA = await snapshot(a);
    expect(Object.keys(snapshotA)).toContain(".well-known/privacy-notice.json");
    expect(Object.keys(snapshotA)).toContain("coface-nl/feed.xml");
    expect(await snapshot(b)).toEqual(snapshotA);
    // No previous version: no Wijzigingen section.
    expect(await readFile(join(a, "coface-nl", "index.html"), "utf8")).not.toContain('class="changes"');
  }, 60_000);
});

describe("build --previous", () => {
  it("lists the changes against the named version when the output has none yet", async () => {
    const out = join(work.dir, "named-previous", "dist");
    const changed = await changedPolicy("coface-v2-named.yaml", "2023-01-15", "2023-01-15");
    const result = await build({ cwd: repoRoot, files: [changed], outDir: out, previous: cofacePolicyFile, log: () => {} });
    expect(result.exitCode).toBe(0);
    const html = await readFile(join(out, "coface-nl", "index.html"), "utf8");
    expect(html).toContain('<aside class="changes"');
    expect(html).toContain("nieuwsbrief over kredietverzekering");
    // Only this build's version is published; the named one is a comparison, not a publication.
    const index = JSON.parse(await readFile(join(out, ".well-known", "privacy-notice.json"), "utf8")) as WellKnownIndex;
    expect(index.notices[0]!.versions.map((version) => version.version)).toEqual(["2023-01-15"]);
  }, 60_000);
});
