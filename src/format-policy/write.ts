/** Writing a file so that readers see the old or the new content, never half of it. */
import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ToolError } from "../diagnostics/index.js";

/**
 * Writes `text` to a temporary file next to `file`, then renames it over `file` (atomic on one file
 * system). Keeps the file's permission bits. Failures are ToolErrors (exit 2).
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const mode = (await stat(file).catch(() => undefined))?.mode;
    await writeFile(temporary, text, { encoding: "utf8", ...(mode === undefined ? {} : { mode: mode & 0o7777 }), flag: "wx" });
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true });
    const code = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new ToolError("output", { nl: `Kan ${file} niet schrijven (${code}).`, en: `Cannot write ${file} (${code}).` }, { cause });
  }
}
