/**
 * Atomic output folders. A build writes into a sibling temporary folder and swaps it in with
 * renames, so readers see the old site or the new one, never half of each; a failed build leaves
 * the old one untouched. A marker file says a folder is ours: `--out` never replaces a folder
 * that holds anything else.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ToolError } from "../diagnostics/index.js";

/** Present in every folder this tool builds; its presence allows replacing the folder. */
export const BUILD_MARKER = ".privacy-notice-build";
const MARKER_TEXT = "Written by privacy-notice build. The whole folder is replaced by the next build.\n";

/** A temporary folder being filled, next to the folder it will replace. */
export interface PendingOutput {
  /** Where the files go now. */
  readonly dir: string;
  /** Moves the finished folder into place (replacing an earlier build). */
  commit(): Promise<void>;
  /** Removes the temporary folder; the target is not touched. */
  discard(): Promise<void>;
}

/**
 * Checks that `outDir` may be written (absent, empty or an earlier build) and creates the
 * temporary folder. Throws ToolError (exit 2) for a folder that is not ours.
 */
export async function prepareOutput(outDir: string): Promise<PendingOutput> {
  const target = resolve(outDir);
  await assertReplaceable(target);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  await removeStaleSiblings(target);
  const dir = `${target}.tmp-${randomBytes(6).toString("hex")}`;
  await mkdir(dir);
  // The marker goes in first, so an interrupted build's folder is recognisably ours to clean up.
  await writeFile(join(dir, BUILD_MARKER), MARKER_TEXT);
  return {
    dir,
    commit: () => swapIn(dir, target),
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Throws ToolError (exit 2) unless `outDir` is absent, empty or an earlier build. */
export async function assertReplaceable(outDir: string): Promise<void> {
  const target = resolve(outDir);
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (!info) return;
  if (!info.isDirectory()) {
    throw new ToolError("output", {
      nl: `${target} is een bestand, geen map. Kies met --out een (nieuwe) map voor de uitvoer.`,
      en: `${target} is a file, not a folder. Choose a (new) folder for the output with --out.`,
    });
  }
  const entries = await readdir(target);
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    throw new ToolError("output", {
      nl: `${target} is niet leeg en is niet eerder door privacy-notice gemaakt (${BUILD_MARKER} ontbreekt). De build vervangt de hele map; kies met --out een lege of nieuwe map.`,
      en: `${target} is not empty and was not made by privacy-notice (${BUILD_MARKER} is missing). A build replaces the whole folder; choose an empty or new folder with --out.`,
    });
  }
}

/** Leftovers of interrupted builds (`<out>.tmp-*`, `<out>.old-*`) that carry our marker. */
async function removeStaleSiblings(target: string): Promise<void> {
  const parent = dirname(target);
  const name = basename(target);
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(tmp|old)-[0-9a-f]{12}$`);
  for (const entry of await readdir(parent)) {
    if (!pattern.test(entry)) continue;
    const candidate = join(parent, entry);
    const ours = await stat(join(candidate, BUILD_MARKER)).then(() => true, () => false);
    if (ours) await rm(candidate, { recursive: true, force: true });
  }
}

async function swapIn(dir: string, target: string): Promise<void> {
  const exists = await stat(target).then(() => true, () => false);
  if (!exists) {
    await rename(dir, target);
    return;
  }
  const old = `${target}.old-${randomBytes(6).toString("hex")}`;
  await rename(target, old);
  try {
    await rename(dir, target);
  } catch (error) {
    await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
