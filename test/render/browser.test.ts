import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/render/build.js";
import { basePolicyFile, cofacePolicyFile, launchChromium, repoRoot, temporaryDir } from "./support.js";

const run = promisify(execFile);

let out: { dir: string; remove: () => Promise<void> };
let dist: string;
let browser: Browser;

beforeAll(async () => {
  out = await temporaryDir("browser");
  dist = join(out.dir, "dist");
  const result = await build({ files: [cofacePolicyFile, basePolicyFile], outDir: dist, cwd: repoRoot, log: () => {} });
  expect(result.exitCode).toBe(0);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await out?.remove();
});

describe("the built pages in a browser", () => {
  const cases = ["coface-nl/index.html", "fietsapp/index.html", "index.html"].flatMap((page) => [[page, 1280], [page, 390]] as const);
  it.each(cases)("%s has no WCAG 2.1 A/AA violations according to axe at %i px", async (page, width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    try {
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(join(dist, page)).href);
      const results = await new AxeBuilder({ page: tab }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}×)`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });

  it("are valid HTML according to the Nu HTML Checker (vnu)", async () => {
    const jar = join(repoRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    const { stdout, stderr } = await run("java", ["-jar", jar, "--errors-only", "--format", "json", "--stdout", ...["coface-nl/index.html", "fietsapp/index.html", "index.html"].map((page) => join(dist, page))], { maxBuffer: 16 * 1024 * 1024 })
      .catch((error: { stdout: string; stderr: string }) => error);
    const report = JSON.parse(stdout || stderr) as { messages: { type: string; url: string; message: string }[] };
    expect(report.messages.map((message) => `${message.url}: ${message.message}`)).toEqual([]);
  }, 120_000);

  it("render readably: full-page screenshots of the Coface notice for the README", { timeout: 120_000 }, async () => {
    // Tests write into their temporary folder; `npm run screenshots` refreshes the README's copies.
    const folder = process.env["UPDATE_SCREENSHOTS"] === "1" ? join(repoRoot, "docs", "screenshots") : out.dir;
    await mkdir(folder, { recursive: true });
    for (const [name, width] of [["coface-nl-desktop.png", 1280], ["coface-nl-phone.png", 390]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(dist, "coface-nl", "index.html")).href);
      const image = await page.screenshot({ path: join(folder, name), fullPage: true });
      // A PNG of the whole page: taller than one screen, as wide as the viewport.
      expect(image.subarray(1, 4).toString()).toBe("PNG");
      expect(image.readUInt32BE(16)).toBe(width);
      expect(image.readUInt32BE(20)).toBeGreaterThan(3000);
      await context.close();
    }
  });
});
