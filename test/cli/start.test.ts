/**
 * How the CLI starts (bin/privacy-notice.js): the bundle runs from V8's code cache, a cache that
 * does not belong to the bundle is never used and is replaced, a broken or unwritable cache costs
 * only speed, and `lint` does not load the built-in modules it has no use for.
 *
 * Each test runs a copy of lib/bundle in a sibling folder (lib/bundle-start-test-…): the bundle
 * finds lib/ files by relative paths, and the real lib/bundle must stay untouched for the other
 * tests running in parallel.
 */
import { execFile } from "node:child_process";
import { chmodSync, cpSync, existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(root, "bin/privacy-notice.js");
const seed = "policy/coface-nl.yaml";
const copies: string[] = [];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], env: Record<string, string> = {}, nodeArgs: readonly string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const base = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", NO_COLOR: "1" };
    execFile(process.execPath, [...nodeArgs, bin, ...args], { cwd: root, env: { ...base, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** A private copy of the compiled bundle, cache included. */
function copyOfBundle(): string {
  const folder = join(root, "lib", `bundle-start-test-${process.pid}-${copies.length}`);
  cpSync(join(root, "lib", "bundle"), folder, { recursive: true });
  copies.push(folder);
  return folder;
}

/** The header the loader writes before the cached code: which build of cli.cjs it was made from. */
function identityOf(folder: string): string {
  const stats = statSync(join(folder, "cli.cjs"));
  return `privacy-notice-v8cache ${stats.size} ${stats.mtimeMs} ${stats.ino}\n`;
}

function cacheHeader(folder: string): string {
  const bytes = readFileSync(join(folder, "cli.cjs.v8cache"));
  return bytes.subarray(0, bytes.indexOf(10) + 1).toString("latin1");
}

afterEach(() => {
  for (const folder of copies.splice(0)) {
    chmodSync(folder, 0o755);
    rmSync(folder, { recursive: true, force: true });
  }
});

describe("the CLI's start", () => {
  it("ships a code cache made from exactly the compiled bundle", () => {
    const folder = join(root, "lib", "bundle");
    expect(existsSync(join(folder, "cli.cjs.v8cache"))).toBe(true);
    expect(cacheHeader(folder)).toBe(identityOf(folder));
  });

  it("lints the same with the cache, without it, and with a damaged one, and repairs the cache", async () => {
    const reference = await run(["lint", seed, "--format", "json"]);
    expect(reference.code).toBe(1);

    const folder = copyOfBundle();
    const cache = join(folder, "cli.cjs.v8cache");
    rmSync(cache);
    const withoutCache = await run(["lint", seed, "--format", "json"], { PRIVACY_NOTICE_BUNDLE: folder });
    expect(withoutCache).toEqual(reference);
    // The run wrote a cache for this build.
    expect(cacheHeader(folder)).toBe(identityOf(folder));

    // Right header, garbage code: V8 rejects it, the run still succeeds, and the cache is rewritten.
    writeFileSync(cache, Buffer.concat([Buffer.from(identityOf(folder), "latin1"), Buffer.alloc(4096, 7)]));
    const damaged = await run(["lint", seed, "--format", "json"], { PRIVACY_NOTICE_BUNDLE: folder });
    expect(damaged).toEqual(reference);
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
  });

  it("never uses a cache made from another build of the bundle", async () => {
    const folder = copyOfBundle();
    const cache = join(folder, "cli.cjs.v8cache");
    const before = cacheHeader(folder);
    // Another build: same size and content here, but a new modification time, as a compile gives.
    const later = new Date(statSync(join(folder, "cli.cjs")).mtimeMs + 60_000);
    utimesSync(join(folder, "cli.cjs"), later, later);
    expect(cacheHeader(folder)).not.toBe(identityOf(folder));

    const result = await run(["validate", seed], { PRIVACY_NOTICE_BUNDLE: folder });
    expect(result.code).toBe(0);
    expect(cacheHeader(folder)).toBe(identityOf(folder));
    expect(cacheHeader(folder)).not.toBe(before);
    expect(existsSync(cache)).toBe(true);
  });

  it("runs from a read-only install, where it cannot write a cache", async () => {
    const folder = copyOfBundle();
    rmSync(join(folder, "cli.cjs.v8cache"));
    chmodSync(folder, 0o555);
    const result = await run(["validate", seed], { PRIVACY_NOTICE_BUNDLE: folder });
    expect(result.code).toBe(0);
    // Root may write anyway; what matters is that no run fails for want of a cache.
    expect(result.stderr).toBe("");
  });

  it("leaves the cache alone for build and serve, which run under other V8 flags", async () => {
    // A cache is valid only under the flags it was made with; quick commands run without
    // TurboFan, so a long-running command writing its own cache would evict theirs every time.
    const folder = copyOfBundle();
    const cache = join(folder, "cli.cjs.v8cache");
    const before = readFileSync(cache);
    const help = await run(["build", "--help"], { PRIVACY_NOTICE_BUNDLE: folder });
    expect(help.code).toBe(0);
    expect(readFileSync(cache).equals(before)).toBe(true);
    rmSync(cache);
    await run(["serve", "--help"], { PRIVACY_NOTICE_BUNDLE: folder });
    expect(existsSync(cache)).toBe(false);
    // …while a quick command writes it again.
    await run(["--help"], { PRIVACY_NOTICE_BUNDLE: folder });
    expect(cacheHeader(folder)).toBe(identityOf(folder));
  });

  it("says how to build the CLI when the bundle is missing, and exits 2", async () => {
    const result = await run(["lint", seed], { PRIVACY_NOTICE_BUNDLE: join(root, "lib", "no-such-bundle") });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("npm run compile");
  });

  it("lints without loading child processes, crypto or the promise-based file system", async () => {
    // A preload that reports, at exit, every built-in module the process loaded.
    const report = join(root, "lib", `start-test-modules-${process.pid}.cjs`);
    writeFileSync(report, 'process.on("exit", () => process.stderr.write("\\nMODULES " + JSON.stringify(process.moduleLoadList) + "\\n"));\n');
    try {
      const result = await run(["lint", seed], {}, ["--require", report]);
      expect(result.code).toBe(1);
      const loaded = JSON.parse(/MODULES (.*)/.exec(result.stderr)![1]!) as string[];
      for (const module of ["NativeModule child_process", "NativeModule crypto", "NativeModule fs/promises"]) {
        expect(loaded).not.toContain(module);
      }
      // The check above must be able to fail: SARIF output does hash with crypto.
      const sarif = await run(["lint", seed, "--format", "sarif"], {}, ["--require", report]);
      expect(JSON.parse(/MODULES (.*)/.exec(sarif.stderr)![1]!)).toContain("NativeModule crypto");
    } finally {
      rmSync(report, { force: true });
    }
  });
});
