/**
 * Runs Eleventy once for all notices: `site/notice.hbs` paginates over the notice pages,
 * `site/notices.hbs` writes the list. `--templates` folders overlay the default layouts and
 * partials, so a theme only needs the files it changes.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ToolError } from "../../diagnostics/index.js";
import { configureEleventy, defaultTemplatesDir, siteDir } from "./eleventy-setup.js";
import type { IndexPage, NoticePage } from "./page-model.js";

export interface RenderSiteOptions {
  /** A folder of layouts/partials that replace the defaults of the same name. */
  readonly templatesDir?: string | undefined;
}

/** Writes `<id>/index.html` per notice and `index.html` into `outDir`; returns the files written. */
export async function renderSite(notices: readonly NoticePage[], index: IndexPage, outDir: string, options: RenderSiteOptions = {}): Promise<string[]> {
  const overlay = options.templatesDir === undefined ? undefined : await overlayTemplates(options.templatesDir);
  try {
    const includesDir = overlay ?? defaultTemplatesDir;
    const { Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(siteDir, outDir, {
      quietMode: true,
      // The package's own wiring, not whatever .eleventy.js lies in the user's working directory.
      configPath: false,
      config(config) {
        // Slow-step warnings ("[11ty] Benchmark …") bypass disableLogger(); a CLI must stay quiet.
        config.benchmarkManager.setVerboseOutput(false);
        config.benchmarkManager.get("Configuration").setIsVerbose(false);
        configureEleventy(config);
        // Eleventy caches layouts per process by input path only; another --templates folder in
        // the same process (tests, watch tools) would otherwise get the previous run's layout.
        config.setUseTemplateCache(false);
        config.setIncludesDirectory(relative(siteDir, includesDir));
        config.addGlobalData("notices", notices);
        config.addGlobalData("site", index);
      },
    });
    eleventy.disableLogger();
    const results = await eleventy.write().catch((cause: unknown) => {
      throw new ToolError("output", {
        nl: `De HTML-site kon niet worden gemaakt: ${describe(cause)}`,
        en: `Could not build the HTML site: ${describe(cause)}`,
      }, { cause });
    });
    const [, templates] = results;
    return templates.flatMap((result) => (typeof result.outputPath === "string" ? [result.outputPath] : [])).sort();
  } finally {
    if (overlay !== undefined) await rm(overlay, { recursive: true, force: true });
  }
}

/** Defaults first, then the user's files on top, in a private temporary folder. */
async function overlayTemplates(userDir: string): Promise<string> {
  const merged = await mkdtemp(join(tmpdir(), "privacy-notice-templates-"));
  await cp(defaultTemplatesDir, merged, { recursive: true });
  await cp(userDir, merged, { recursive: true, force: true }).catch(async (cause: NodeJS.ErrnoException) => {
    await rm(merged, { recursive: true, force: true });
    throw new ToolError("usage", {
      nl: `Kan de sjablonenmap ${userDir} niet lezen (${cause.code ?? cause.message}).`,
      en: `Cannot read the templates folder ${userDir} (${cause.code ?? cause.message}).`,
    }, { cause });
  });
  return merged;
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : "";
  return `${cause.message}${inner}`;
}
