import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { access, cp, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ToolError } from "../../src/diagnostics/index.js";
import { main } from "../../src/cli/main.js";
import { build, type BuildOptions } from "../../src/render/build.js";
import { basePolicyFile, cofacePolicyFile, repoRoot, temporaryDir } from "./support.js";

const exec = promisify(execFile);

/** Every file under `dir` with the SHA-256 of its bytes, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    out[relative(dir, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

let work: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  work = await temporaryDir("build");
});
afterAll(async () => {
  await work?.remove();
});

const quiet = { log: () => {} } as const;
let counter = 0;
function freshDir(): string {
  counter += 1;
  return join(work.dir, `case-${counter}`);
}

function run(options: BuildOptions) {
  return build({ cwd: repoRoot, ...quiet, ...options });
}

/** A copy of the Coface policy with one line changed, in the work folder. */
async function brokenPolicy(): Promise<string> {
  const text = await readFile(cofacePolicyFile, "utf8");
  const file = join(work.dir, "broken.yaml");
  await writeFile(file, text.replace("language: nl", "language: nederlands"));
  return file;
}

describe("privacy-notice build", () => {
  it("writes the HTML page, JSON, Markdown and PDF of each notice, the list of notices and the JSON schema", async () => {
    const out = join(freshDir(), "dist");
    const result = await run({ files: [cofacePolicyFile], outDir: out });
    expect(result).toEqual({ exitCode: 0, outDir: out, notices: ["coface-nl"] });
    expect(Object.keys(await snapshot(out))).toEqual([
      ".privacy-notice-build",
      ".well-known/privacy-notice.json",
      "coface-nl/coface-nl.json",
      "coface-nl/coface-nl.md",
      "coface-nl/coface-nl.pdf",
      "coface-nl/feed.xml",
      "coface-nl/index.html",
      "coface-nl/v/2022-09-14/coface-nl.json",
      "coface-nl/v/2022-09-14/coface-nl.md",
      "coface-nl/v/2022-09-14/coface-nl.pdf",
      "coface-nl/v/2022-09-14/index.html",
      "coface-nl/v/2022-09-14/policy.json",
      "index.html",
      "schema/notice-json.schema.json",
      "schema/well-known.schema.json",
    ]);
    expect((await readFile(join(out, "coface-nl", "coface-nl.pdf"))).subarray(0, 5).toString()).toBe("%PDF-");
    expect(await readFile(join(out, "schema", "notice-json.schema.json"), "utf8")).toBe(await readFile(join(repoRoot, "schema", "notice-json.schema.json"), "utf8"));
    expect(await readdir(dirname(out))).toEqual(["dist"]);
  });

  it("is deterministic: two builds give byte-identical files", async () => {
    const first = join(freshDir(), "dist");
    const second = join(freshDir(), "dist");
    await run({ files: [cofacePolicyFile, basePolicyFile], outDir: first });
    await run({ files: [cofacePolicyFile, basePolicyFile], outDir: second });
    const a = await snapshot(first);
    // Per notice 4 latest files, a feed and 5 in v/<version>/; plus marker, list, 2 schemas, .well-known.
    expect(Object.keys(a)).toHaveLength(25);
    expect(await snapshot(second)).toEqual(a);
  });

  it("stops on a schema error with exit 1 and leaves the previous output byte-identical", async () => {
    const out = join(freshDir(), "dist");
    await run({ files: [cofacePolicyFile], outDir: out });
    const before = await snapshot(out);
    const messages: string[] = [];
    const result = await build({ cwd: repoRoot, files: [await brokenPolicy()], outDir: out, log: (text) => messages.push(text) });
    expect(result.exitCode).toBe(1);
    expect(result.outDir).toBeUndefined();
    expect(messages.join("")).toContain("de vorige uitvoer is ongewijzigd");
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(dirname(out))).toEqual(["dist"]);
  });

  it("writes nothing at all when the first build already fails", async () => {
    const parent = freshDir();
    await mkdir(parent);
    const result = await run({ files: [await brokenPolicy()], outDir: join(parent, "dist") });
    expect(result.exitCode).toBe(1);
    expect(await readdir(parent)).toEqual([]);
  });

  it("leaves the previous output untouched when rendering fails half-way", async () => {
    const out = join(freshDir(), "dist");
    await run({ files: [cofacePolicyFile], outDir: out });
    const before = await snapshot(out);
    const theme = join(freshDir(), "theme");
    await mkdir(join(theme, "partials"), { recursive: true });
    await writeFile(join(theme, "partials", "footer.hbs"), "<footer>{{#if}}</footer>");
    await expect(run({ files: [cofacePolicyFile], outDir: out, templatesDir: theme })).rejects.toBeInstanceOf(ToolError);
    expect(await snapshot(out)).toEqual(before);
    expect(await readdir(dirname(out))).toEqual(["dist"]);
  });

  it("replaces an earlier build whole, so notices that were dropped disappear", async () => {
    const out = join(freshDir(), "dist");
    await run({ files: [cofacePolicyFile, basePolicyFile], outDir: out });
    await run({ files: [cofacePolicyFile], outDir: out });
    expect((await readdir(out)).sort()).toEqual([".privacy-notice-build", ".well-known", "coface-nl", "index.html", "schema"]);
  });

  it("refuses to replace a folder it did not make, and leaves it alone", async () => {
    const out = freshDir();
    await mkdir(out);
    await writeFile(join(out, "belangrijk.txt"), "niet weggooien");
    const failure = await run({ files: [cofacePolicyFile], outDir: out }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ToolError);
    expect((failure as ToolError).code).toBe("output");
    expect(await readdir(out)).toEqual(["belangrijk.txt"]);
  });

  it("exits 2 from the command line for a foreign --out folder, 1 for --strict with findings, 0 when built", async () => {
    const foreign = freshDir();
    await mkdir(foreign);
    await writeFile(join(foreign, "index.html"), "<p>eigen site</p>");
    try {
      expect(await main(["build", cofacePolicyFile, "--out", foreign])).toBe(2);
      expect(await readFile(join(foreign, "index.html"), "utf8")).toBe("<p>eigen site</p>");
      const strictOut = join(freshDir(), "dist");
      expect(await main(["build", cofacePolicyFile, "--out", strictOut, "--strict"])).toBe(1);
      await expect(readdir(strictOut)).rejects.toThrow();
      const out = join(freshDir(), "dist");
      expect(await main(["build", cofacePolicyFile, "--out", out])).toBe(0);
      expect(await readdir(out)).toContain("coface-nl");
    } finally {
      process.exitCode = undefined;
    }
  });

  it("removes leftovers of an interrupted build, but only folders that carry its marker", async () => {
    const parent = freshDir();
    const out = join(parent, "dist");
    await mkdir(join(parent, "dist.tmp-0123456789ab"), { recursive: true });
    await writeFile(join(parent, "dist.tmp-0123456789ab", ".privacy-notice-build"), "");
    await mkdir(join(parent, "dist.tmp-ba9876543210"));
    await writeFile(join(parent, "dist.tmp-ba9876543210", "notities.txt"), "van iemand anders");
    expect((await run({ files: [basePolicyFile], outDir: out })).exitCode).toBe(0);
    expect((await readdir(parent)).sort()).toEqual(["dist", "dist.tmp-ba9876543210"]);
  });

  it("accepts an empty folder as --out", async () => {
    const out = freshDir();
    await mkdir(out);
    expect((await run({ files: [basePolicyFile], outDir: out })).exitCode).toBe(0);
    expect(await readdir(out)).toContain("fietsapp");
  });

  it("builds every policy/*.yaml into dist/ of the working folder by default", async () => {
    const project = freshDir();
    await mkdir(join(project, "policy"), { recursive: true });
    await cp(basePolicyFile, join(project, "policy", "fietsapp.yaml"));
    const result = await build({ cwd: project, ...quiet });
    expect(result).toEqual({ exitCode: 0, outDir: join(project, "dist"), notices: ["fietsapp"] });
  });

  it("stops when two policies share an id", async () => {
    const copy = join(work.dir, "fietsapp-copy.yaml");
    await cp(basePolicyFile, copy);
    const messages: string[] = [];
    const result = await build({ cwd: repoRoot, files: [basePolicyFile, copy], outDir: join(freshDir(), "dist"), log: (text) => messages.push(text) });
    expect(result.exitCode).toBe(1);
    expect(messages.join("")).toContain("build/duplicate-id");
  });

  it("rejects an invalid site configuration as the tool's problem (exit 2)", async () => {
    const site = join(work.dir, "bad.site.yaml");
    await writeFile(site, "callToAction:\n  - title: Zonder tekst\nbanner: ja\n");
    const failure = await run({ files: [basePolicyFile], outDir: join(freshDir(), "dist"), siteConfigFile: site }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ToolError);
    expect((failure as ToolError).code).toBe("bad-config");
    expect((failure as ToolError).text.nl).toContain("banner");
  });
});

describe("--templates", () => {
  it("replaces the layout with the user's, and keeps the default partials it does not replace", async () => {
    const theme = join(freshDir(), "theme");
    await mkdir(join(theme, "layouts"), { recursive: true });
    await writeFile(join(theme, "layouts", "notice.hbs"), [
      "<!doctype html>",
      '<html lang="{{notice.lang}}">',
      "<head><title>Huisstijl: {{notice.title}}</title></head>",
      '<body class="huisstijl">',
      "<main>{{{content}}}</main>",
      "</body>",
      "</html>",
    ].join("\n"));
    const out = join(freshDir(), "dist");
    expect((await run({ files: [cofacePolicyFile], outDir: out, templatesDir: theme })).exitCode).toBe(0);
    const html = await readFile(join(out, "coface-nl", "index.html"), "utf8");
    expect(html).toContain("<title>Huisstijl: Privacy melding</title>");
    expect(html).toContain('<body class="huisstijl">');
    // The notice itself still comes from the default partials.
    expect(html).toContain('<h2 id="hoofdstuk-1-websitebezoeker">Hoofdstuk I - U bent een websitebezoeker</h2>');
    expect(html).not.toContain('class="sidebar"');
    // The default templates are untouched for the next build.
    const plain = join(freshDir(), "dist");
    await run({ files: [cofacePolicyFile], outDir: plain });
    expect(await readFile(join(plain, "coface-nl", "index.html"), "utf8")).toContain('class="sidebar"');
  });

  it("replaces a single partial", async () => {
    const theme = join(freshDir(), "theme");
    await mkdir(join(theme, "partials"), { recursive: true });
    await writeFile(join(theme, "partials", "section.hbs"), '<section class="eigen"><h3 id="{{anchor}}">» {{heading}}</h3>{{{html}}}</section>');
    const out = join(freshDir(), "dist");
    await run({ files: [cofacePolicyFile], outDir: out, templatesDir: theme });
    const html = await readFile(join(out, "coface-nl", "index.html"), "utf8");
    expect(html).toContain('<section class="eigen"><h3 id="hoofdstuk-1-websitebezoeker-verzamelen">» Wijze van verzamelen van Persoonsgegevens</h3>');
  });
});

describe("the compiled command", () => {
  // The CLI renders PDFs and runs Eleventy in worker threads, which need compiled JavaScript:
  // compile the sources into a scratch package and run its bin, as a user would.
  let pkg: string;
  beforeAll(async () => {
    pkg = join(work.dir, "package");
    await mkdir(pkg);
    const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    // Other work in progress may have type errors; tsc still emits, and the build needs only ours.
    await exec(process.execPath, [tsc, "-p", join(repoRoot, "tsconfig.json"), "--outDir", join(pkg, "lib")]).catch(() => undefined);
    await cp(join(repoRoot, "lib", "validate", "policy-validator.js"), join(pkg, "lib", "validate", "policy-validator.js"));
    for (const name of ["bin", "site", "templates", "schema", "node_modules", "package.json"]) {
      await symlink(join(repoRoot, name), join(pkg, name));
    }
  }, 180_000);

  it("renders in worker threads the same bytes as the in-process build", { timeout: 120_000 }, async () => {
    await access(join(pkg, "lib", "render", "render-worker.js"));
    const threaded = join(freshDir(), "dist");
    const { stdout } = await exec(process.execPath, [join(pkg, "bin", "privacy-notice.js"), "build", cofacePolicyFile, basePolicyFile, "--out", threaded], { cwd: repoRoot });
    expect(stdout).toContain("2 meldingen gebouwd");
    const inProcess = join(freshDir(), "dist");
    await run({ files: [cofacePolicyFile, basePolicyFile], outDir: inProcess });
    expect(await snapshot(threaded)).toEqual(await snapshot(inProcess));
  });

  it("exits 1 and writes nothing when a policy is invalid, without leaving threads running", { timeout: 120_000 }, async () => {
    const out = join(freshDir(), "dist");
    const result = await exec(process.execPath, [join(pkg, "bin", "privacy-notice.js"), "build", await brokenPolicy(), "--out", out], { cwd: repoRoot })
      .then(() => ({ code: 0 }), (error: { code: number }) => ({ code: error.code }));
    expect(result.code).toBe(1);
    await expect(access(out)).rejects.toThrow();
  });
});
