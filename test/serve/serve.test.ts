import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/render/build.js";
import { cofacePolicyFile, launchChromium, repoRoot, temporaryDir } from "../render/support.js";

/** A `privacy-notice serve` process with its output so far. */
interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: { stdout: string; stderr: string };
  /** Sends Ctrl-C and waits (bounded) for the exit code. */
  stop(): Promise<number | null>;
}

const original = "De Groep is actief en faciliteert oplossingen in de business-to-business markt.";
const edited = "De Groep is actief en biedt oplossingen in de zakelijke markt, zo leest u nu.";

function startServe(args: readonly string[]): { child: ChildProcess; output: { stdout: string; stderr: string }; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [join(repoRoot, "bin", "privacy-notice.js"), "serve", ...args], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "" };
  // Both streams are read throughout: a full pipe would block the server's writes.
  child.stdout!.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return { child, output, exit };
}

async function serve(file: string): Promise<Served> {
  const { child, output, exit } = startServe([file, "--port", "0"]);
  const url = await new Promise<string>((done, fail) => {
    const timer = setInterval(() => {
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output.stdout);
      if (found) {
        clearInterval(timer);
        clearTimeout(limit);
        done(found[0]);
      }
    }, 20);
    const limit = setTimeout(() => {
      clearInterval(timer);
      fail(new Error(`serve did not start within 30 s:\n${output.stdout}${output.stderr}`));
    }, 30_000);
  });
  return {
    child,
    url,
    output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill("SIGINT");
      const limit = setTimeout(() => child.kill("SIGKILL"), 10_000);
      const code = await exit;
      clearTimeout(limit);
      return code;
    },
  };
}

let work: { dir: string; remove: () => Promise<void> };
let policyCopy: string;
let text: string;
let server: Served | undefined;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  work = await temporaryDir("serve");
  policyCopy = join(work.dir, "melding.yaml");
  await copyFile(cofacePolicyFile, policyCopy);
  text = await readFile(policyCopy, "utf8");
  expect(text).toContain(original);
  server = await serve(policyCopy);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}coface-nl/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await work?.remove();
});

const mainText = (): Promise<string> => page.locator("main").innerText();

/** Writes the policy as an editor that saves by rename does (vim, many IDEs). */
async function save(content: string): Promise<void> {
  const temporary = `${policyCopy}.swp`;
  await writeFile(temporary, content);
  await rename(temporary, policyCopy);
}

describe("privacy-notice serve", () => {
  it("shows an edited sentence in the open page without a manual reload", async () => {
    expect(await mainText()).toContain(original);
    await writeFile(policyCopy, text.replace(original, edited));
    await page.locator("main").getByText(edited).waitFor({ timeout: 15_000 });
    expect(await mainText()).not.toContain(original);
  });

  it("shows a broken save (YAML error) in a banner, keeps the last good content, and drops the banner once fixed", async () => {
    const good = text.replace(original, edited);
    await save(good.replace("title: Privacy melding", "title: [Privacy melding"));
    const banner = page.locator("#privacy-notice-banner");
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.innerText()).toContain("melding.yaml");
    expect(await mainText()).toContain(edited);
    expect(server!.output.stderr).toMatch(/melding\.yaml/);

    await save(good);
    await banner.waitFor({ state: "detached", timeout: 15_000 });
    expect(await mainText()).toContain(edited);
  });

  it("shows a schema error in the banner and recovers", async () => {
    const good = text.replace(original, edited);
    await writeFile(policyCopy, good.replace(/^format: 1$/m, "format: 99"));
    const banner = page.locator("#privacy-notice-banner");
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.innerText()).toMatch(/format/);
    expect(await mainText()).toContain(edited);
    await writeFile(policyCopy, good);
    await banner.waitFor({ state: "detached", timeout: 15_000 });
  });

  it("lists the lint findings in a panel outside <main>, as the terminal does", async () => {
    const panel = page.locator("#privacy-notice-lint");
    expect(await panel.innerText()).toMatch(/Linter: \d+ bevindingen/);
    const items = await panel.locator("li").allTextContents();
    expect(items.length).toBeGreaterThan(5);
    // Every finding in the panel names a rule that the terminal report names too.
    const ruleIds = await panel.locator("li code").allTextContents();
    for (const id of new Set(ruleIds)) expect(server!.output.stderr).toContain(id);
    expect(await page.locator("main #privacy-notice-lint, main #privacy-notice-reload").count()).toBe(0);
  });

  it("adds the reload script to served pages only; the built site has no script", async () => {
    const served = await (await fetch(`${server!.url}coface-nl/`)).text();
    expect(served).toContain('<script id="privacy-notice-reload"');
    // The preview wrote nothing next to the policy (it builds in memory).
    expect(await readdir(work.dir)).toEqual(["melding.yaml"]);
    const out = join(work.dir, "dist");
    const result = await build({ files: [policyCopy], outDir: out, cwd: repoRoot, log: () => {} });
    expect(result.exitCode).toBe(0);
    const built = await readFile(join(out, "coface-nl", "index.html"), "utf8");
    expect(built).toContain(edited);
    expect(built).not.toMatch(/<script|privacy-notice-lint|EventSource/i);
  });

  it("serves the PDF, JSON and Markdown of the notice", async () => {
    const pdf = await fetch(`${server!.url}coface-nl/coface-nl.pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    const json = await fetch(`${server!.url}coface-nl/coface-nl.json`);
    expect(JSON.stringify(await json.json())).toContain("zakelijke markt");
    const markdown = await (await fetch(`${server!.url}coface-nl/coface-nl.md`)).text();
    expect(markdown).toContain(edited);
    expect((await fetch(`${server!.url}geen/pagina.html`)).status).toBe(404);
  });

  it("exits with 2 and says so when the port is in use", async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, "127.0.0.1", done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { output, exit, child } = startServe([policyCopy, "--port", String(port)]);
      const limit = setTimeout(() => child.kill("SIGKILL"), 20_000);
      const code = await exit;
      clearTimeout(limit);
      expect(code).toBe(2);
      expect(output.stderr).toContain(`Poort ${port} is al in gebruik`);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });

  it("stops cleanly on Ctrl-C with exit 0", async () => {
    expect(await server!.stop()).toBe(0);
  });
});
