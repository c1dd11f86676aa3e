// Bundles the compiled CLI (lib/cli/main.js and everything it imports from lib/, plus commander and
// yaml) into lib/bundle/, which bin/privacy-notice.js runs. One ES module instead of ~250 (the CLI,
// 73 rules, yaml's 73 CommonJS files, commander) is what lets `validate` and `lint` start in a
// fraction of the time: most of their start-up was resolving and compiling small modules.
// Run by `npm run compile` after tsc. lib/ stays as tsc wrote it for the library API and tests.
//
// Heavy dependencies (Eleventy, pdfkit, ajv) stay external: commands import them lazily, and
// bundling them would only move their cost. Modules the CLI reaches with a dynamic import
// become chunks of their own, so `validate` never parses the build's code.
import { rename, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const lib = fileURLToPath(new URL("../lib/", import.meta.url));
const finalDir = fileURLToPath(new URL("../lib/bundle", import.meta.url));
// Written next to lib/bundle and swapped in at the end, so a CLI started meanwhile (tests run in
// parallel with compiles) finds either the old bundle or the new one, not half of one.
const outDir = `${finalDir}.${process.pid}.tmp`;
/**
 * Dependencies left to Node: the large ones a command imports lazily (Eleventy and Handlebars,
 * pdfkit, ajv, picomatch), whose cost bundling would only move. Everything else (commander, yaml,
 * and the unified/remark/rehype family of a few hundred small modules) is inlined.
 */
const external = new Set(["@11ty/eleventy", "@11ty/eleventy-plugin-handlebars", "handlebars", "pdfkit", "ajv", "ajv-formats", "picomatch"]);

/**
 * Modules find files next to themselves through `import.meta.url` (package.json, the schema, the
 * compiled validators, templates). In the bundle that URL would be the bundle's, so each module's
 * `import.meta.url` is rewritten to the URL of its own file in lib/, wherever its code ends up.
 */
const ownUrl = {
  name: "own-import-meta-url",
  transform(code, id) {
    if (!id.startsWith(lib) || !code.includes("import.meta.url")) return null;
    const path = relative(outDir, id).split(sep).join("/");
    return { code: code.replaceAll("import.meta.url", `new URL(${JSON.stringify(path)}, import.meta.url).href`), map: null };
  },
};

/**
 * The rule catalogue imports each rule lazily, so that lib/ loads only enabled rules. In the bundle
 * every rule is in the one chunk anyway, and a lazy import would only add a file per rule (73 tiny
 * re-export chunks); so here the loaders resolve to statically imported modules.
 */
const ruleIndex = join(lib, "lint", "rules", "index.js");
const staticRules = {
  name: "static-rule-catalogue",
  transform(code, id) {
    if (id !== ruleIndex) return null;
    const imports = [];
    const rewritten = code.replace(/\(\) => import\(("\.\/[^"]+\.js")\)/g, (_, specifier) => {
      const name = `rule${imports.length}`;
      imports.push(`import * as ${name} from ${specifier};`);
      return `() => Promise.resolve(${name})`;
    });
    if (imports.length === 0) throw new Error(`${ruleIndex}: no rule loaders found to rewrite`);
    return { code: `${imports.join("\n")}\n${rewritten}`, map: null };
  },
};

const bundle = await rolldown({
  input: { cli: fileURLToPath(new URL("../lib/cli/main.js", import.meta.url)) },
  platform: "node",
  external: (source) => {
    if (source.startsWith("node:")) return true;
    if (source.startsWith(".") || source.startsWith("/")) return false;
    const name = source.startsWith("@") ? source.split("/").slice(0, 2).join("/") : source.split("/")[0];
    return external.has(name ?? source);
  },
  plugins: [ownUrl, staticRules],
  // The entry exports only `main`; chunks may export more (required by the validate group below).
  preserveEntrySignatures: "allow-extension",
  // Commands import stages lazily that other stages import statically; inside one bundle that is
  // expected and harmless, so rolldown need not say so on every compile.
  checks: { ineffectiveDynamicImport: false },
});
/** What `validate` and `lint` run: one chunk, so that they read one file besides the entry. */
const hotFolders = ["cli", "load", "validate", "lint", "format", "diagnostics", "model"].map((folder) => join(lib, folder) + sep);
const isHot = (id) =>
  hotFolders.some((folder) => id.startsWith(folder)) || id === join(lib, "version.js") || /[\\/]node_modules[\\/](?:yaml|commander)[\\/]/.test(id);
// The schema validators load with a top-level await (lib/validate/policy-validator.js, 200 kB);
// their own chunk keeps that off the start of commands that never validate (--help, rules, init).
const validating = new Set(["index.js", "validate-policy.js", "schema-findings.js", "compiled.js"].map((file) => join(lib, "validate", file)));
await bundle.write({
  dir: outDir,
  format: "esm",
  entryFileNames: "[name].js",
  chunkFileNames: "[name]-[hash].js",
  codeSplitting: {
    groups: [
      { name: "validate", test: (id) => validating.has(id), priority: 2, includeDependenciesRecursively: false },
      // The rules and their word lists (a third of the code) are for lint and build only.
      { name: "lint", test: (id) => id.startsWith(join(lib, "lint") + sep), priority: 2, includeDependenciesRecursively: false },
      { name: "core", test: isHot, priority: 1 },
    ],
  },
});
await bundle.close();
const oldDir = `${finalDir}.${process.pid}.old`;
await rename(finalDir, oldDir).catch((error) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(outDir, finalDir);
await rm(oldDir, { recursive: true, force: true });
