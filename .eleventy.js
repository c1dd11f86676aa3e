// Eleventy configuration for designers: `npx @11ty/eleventy --serve` renders every policy/*.yaml
// through site/ and templates/ into _site/ (run `npm run compile` first: this file uses lib/).
// `privacy-notice build` uses the same wiring (lib/render/html/eleventy-setup.js) but passes its
// own data and folders, and ignores this file, so a user's working folder cannot change a build.
export default async function (eleventyConfig) {
  const { configureEleventy } = await import("./lib/render/html/eleventy-setup.js");
  const { designerData } = await import("./lib/render/html/designer-data.js");
  configureEleventy(eleventyConfig);
  eleventyConfig.addWatchTarget("policy/");
  eleventyConfig.addWatchTarget("privacy-notice.site.yaml");
  const { notices, site } = await designerData(process.cwd());
  eleventyConfig.addGlobalData("notices", notices);
  eleventyConfig.addGlobalData("site", site);
}

export const config = {
  dir: { input: "site", includes: "../templates", output: "_site" },
  templateFormats: ["hbs"],
};
