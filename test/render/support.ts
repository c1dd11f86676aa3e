/** Shared helpers of the render tests: real files, real Eleventy, real Chromium. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { parsePolicyText } from "../../src/load/index.js";
import type { Policy } from "../../src/model/index.js";
import { validatePolicy } from "../../src/validate/index.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const cofacePolicyFile = join(repoRoot, "policy", "coface-nl.yaml");
export const basePolicyFile = join(repoRoot, "src", "lint", "examples", "base.yaml");
export const seedFile = "/work/shared/seeds/000_c22649fad7061b78.txt";

/** Loads and validates a policy file; fails the test when it is not valid. */
export async function validPolicy(file: string): Promise<Policy> {
  const loaded = parsePolicyText(file, await readFile(file, "utf8"));
  const { policy, diagnostics } = validatePolicy(loaded);
  if (!policy) throw new Error(`${file} is not valid: ${diagnostics.map((d) => d.message.en).join("; ")}`);
  return policy;
}

/** Parses a policy file WITHOUT validation, for renderer defence-in-depth tests. */
export async function unvalidatedPolicy(file: string): Promise<Policy> {
  return parsePolicyText(file, await readFile(file, "utf8")).data as Policy;
}

/** A fresh temporary folder, removed by the returned function. */
export async function temporaryDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `privacy-notice-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
}

/** Collapses every run of white space to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
