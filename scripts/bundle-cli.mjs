// Bundles the compiled CLI (lib/cli/main.js and everything it imports from lib/, plus commander and
// yaml) into lib/bundle/, which bin/privacy-notice.js runs. Run by `npm run compile` after tsc;
// lib/ stays as tsc wrote it for the library API and the tests.
//
// Start-up is most of what `validate` and `lint` cost, so the bundle is shaped for it:
// - one classic script (CommonJS), not ES modules: V8 can load a script from a code cache, which
//   skips parsing and compiling it; Node 20 has no such cache for ES modules;
// - everything `validate` and `lint` run sits in that one entry file (cli.cjs); the other commands'
//   code is in chunks that are required only when their command runs;
// - ASCII only (non-ASCII is escaped), so the loader can read it without UTF-8 decoding;
// - after bundling, one training run of `lint` writes the code cache (cli.cjs.v8cache), with the
//   functions that run compiled in it. bin/privacy-notice.js explains how the cache is used.
//
// Heavy dependencies (Eleventy, pdfkit, ajv) stay external: commands import them lazily, and
// bundling them would only move their cost.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const root = fileURLToPath(new URL("..", import.meta.url));
const lib = join(root, "lib") + sep;
const finalDir = join(root, "lib", "bundle");
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
 * Modules find files next to themselves through `import.meta.url` (package.json, the schema,
 * templates). In the bundle that URL would be the bundle's, so each module's `import.meta.url` is
 * rewritten to the URL of its own file in lib/, wherever its code ends up.
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
 * every rule is in the entry anyway, and a lazy import would only add a file per rule (73 tiny
 * chunks); so here the loaders resolve to statically imported modules.
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

/**
 * lib/version.js reads package.json when it loads; the bundle has the version written in instead,
 * which saves resolving and parsing a JSON module on every start. The bundle is rebuilt by every
 * compile, and package.json is an input of the compile, so the two cannot drift apart.
 */
const versionModule = join(lib, "version.js");
const inlineVersion = {
  name: "inline-version",
  transform(code, id) {
    if (id !== versionModule) return null;
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    return { code: `export const toolVersion = ${JSON.stringify(version)};\n`, map: null };
  },
};

/**
 * The precompiled schema validators load ajv's small runtime helpers (formats, equal, ucs2length)
 * through createRequire, which a bundler cannot follow. Without it, their plain require() calls
 * are bundled like any other (resolving packages in node_modules on every start cost milliseconds).
 */
const validatorModule = join(lib, "validate", "policy-validator.js");
const bundledValidatorRuntime = {
  name: "bundled-validator-runtime",
  transform(code, id) {
    if (id !== validatorModule) return null;
    const header = 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n';
    if (!code.includes(header)) throw new Error(`${id}: the createRequire header of scripts/compile-validators.mjs changed; update ${import.meta.url}`);
    return { code: code.replace(header, ""), map: null };
  },
};

/**
 * commander requires node:child_process at load time, for executable subcommands this CLI does not
 * have; loading it (with net, dgram and streams) cost every start several milliseconds. Here it is
 * required on first use instead.
 */
const commanderCommand = /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/;
const lazyChildProcess = {
  name: "lazy-child-process",
  transform(code, id) {
    if (!commanderCommand.test(id)) return null;
    const eager = "const childProcess = require('node:child_process');";
    if (!code.includes(eager)) throw new Error(`${id}: commander no longer requires child_process as expected; update ${import.meta.url}`);
    const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
    return { code: code.replace(eager, lazy), map: null };
  },
};

/**
 * The loader runs the entry through vm.Script, where `import()` fails once the script comes from
 * a code cache (Node loses the script's import callback). Built-in modules load the same through
 * require; any other dynamic import left in the entry is a build error, to be moved into a chunk.
 */
const noDynamicImportInEntry = {
  name: "no-dynamic-import-in-entry",
  renderChunk(code, chunk) {
    if (!chunk.isEntry) return null;
    const rewritten = code.replace(/\bimport\(("node:[a-z_/]+")\)/g, "Promise.resolve().then(() => require($1))");
    // Chunks load through require already; JSDoc type imports went with the comments (jsdoc: false).
    const left = rewritten.match(/\bimport\([^)]*\)/g);
    if (left) throw new Error(`${chunk.fileName}: dynamic import left in the entry: ${left.join(", ")}`);
    return { code: rewritten, map: null };
  },
};

const bundle = await rolldown({
  input: { cli: join(lib, "cli", "main.js") },
  platform: "node",
  external: (source) => {
    if (source.startsWith("node:")) return true;
    if (source.startsWith(".") || source.startsWith("/")) return false;
    // The few small runtime helpers the precompiled schema validators use are inlined like the rest.
    if (source.startsWith("ajv/dist/runtime/") || source === "ajv-formats/dist/formats") return false;
    const name = source.startsWith("@") ? source.split("/").slice(0, 2).join("/") : source.split("/")[0];
    return external.has(name ?? source);
  },
  plugins: [bundledValidatorRuntime, ownUrl, staticRules, inlineVersion, lazyChildProcess, noDynamicImportInEntry],
  preserveEntrySignatures: "allow-extension",
  // Commands import stages lazily that other stages import statically; inside one bundle that is
  // expected and harmless, so rolldown need not say so on every compile.
  checks: { ineffectiveDynamicImport: false },
});

/** What `validate` and `lint` run, kept in the entry: everything else is a chunk loaded on demand. */
const hotFolders = ["cli", "load", "validate", "lint", "diagnostics", "model"].map((folder) => join(lib, folder) + sep);
const hotFiles = new Set(["version.js", "format/index.js", "format/common.js", "format/stylish.js", "format/types.js"].map((file) => join(lib, file)));
const isHot = (id) =>
  hotFolders.some((folder) => id.startsWith(folder)) || hotFiles.has(id) || /[\\/]node_modules[\\/](?:yaml|commander)[\\/]/.test(id);
await bundle.write({
  dir: outDir,
  format: "cjs",
  entryFileNames: "[name].cjs",
  chunkFileNames: "[name]-[hash].cjs",
  charset: "ascii",
  // Legal notices stay; other comments only cost reading time.
  comments: { legal: true, annotation: false, jsdoc: false },
  codeSplitting: { groups: [{ name: "cli", test: isHot, priority: 1 }] },
});
await bundle.close();

// The entry must be what the loader expects: ASCII, and no chunk besides rolldown's runtime
// required while it loads (a required chunk would run without the code cache).
const entry = readFileSync(join(outDir, "cli.cjs"), "latin1");
const nonAscii = entry.search(/[^\x00-\x7f]/);
if (nonAscii !== -1) throw new Error(`lib/bundle/cli.cjs: non-ASCII character at offset ${nonAscii}`);
const eagerChunks = [...entry.matchAll(/^(?:const|let|var) \w+ = require\("\.\/([^"]+)"\)/gm)].map((match) => match[1]);
const unexpected = eagerChunks.filter((file) => !file.startsWith("rolldown-runtime-"));
if (unexpected.length > 0) throw new Error(`lib/bundle/cli.cjs requires chunks at load time: ${unexpected.join(", ")}`);

// Train the code cache: lint the example policy (every rule runs on it) with the new bundle.
const training = spawnSync(process.execPath, [join(root, "bin", "privacy-notice.js"), "lint", "src/lint/examples/base.yaml", "--format", "json"], {
  cwd: root,
  env: { ...process.env, PRIVACY_NOTICE_BUNDLE: outDir, NO_COLOR: "1" },
  encoding: "utf8",
});
if (training.status !== 0 || !existsSync(join(outDir, "cli.cjs.v8cache"))) {
  throw new Error(`training run for the code cache failed (exit ${training.status ?? training.signal}):\n${training.stderr}`);
}

const oldDir = `${finalDir}.${process.pid}.old`;
await rename(finalDir, oldDir).catch((error) => {
  if (error.code !== "ENOENT") throw error;
});
await rename(outDir, finalDir);
await rm(oldDir, { recursive: true, force: true });
