/**
 * The Eleventy wiring shared by `privacy-notice build` and the repository's `.eleventy.js`
 * (which designers run with `npx @11ty/eleventy`): Handlebars templates and their folders.
 */
import { fileURLToPath } from "node:url";
import type { EleventyUserConfig } from "@11ty/eleventy";
import handlebarsPlugin from "@11ty/eleventy-plugin-handlebars";

/** The page templates (`site/`) and the default layouts and partials (`templates/`) of the package. */
export const siteDir: string = fileURLToPath(new URL("../../../site", import.meta.url));
export const defaultTemplatesDir: string = fileURLToPath(new URL("../../../templates", import.meta.url));

/** Registers Handlebars as the only template language. */
export function configureEleventy(config: EleventyUserConfig): void {
  config.addPlugin(handlebarsPlugin);
  config.setTemplateFormats(["hbs"]);
}
