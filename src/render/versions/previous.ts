/** Reads the previous version named by `--previous` (a file or `git:<rev>:<path>`), validated. */
import { ToolError } from "../../diagnostics/index.js";
import type { Policy } from "../../model/index.js";

/** The validated policy; one that cannot be read or does not validate is a ToolError (exit 2). */
export async function loadPrevious(source: string, cwd = process.cwd()): Promise<Policy> {
  const [{ loadSide }, { validatePolicy }] = await Promise.all([import("../../diff/read-side.js"), import("../../validate/index.js")]);
  const { resolve } = await import("node:path");
  const argument = source.startsWith("git:") ? source : resolve(cwd, source);
  const { policy } = validatePolicy(await loadSide(argument, cwd));
  if (policy === undefined) {
    throw new ToolError("usage", {
      nl: `De vorige versie ${source} valideert niet; controleer haar met: privacy-notice validate.`,
      en: `The previous version ${source} does not validate; check it with: privacy-notice validate.`,
    });
  }
  return policy;
}
