#!/usr/bin/env node
// Starts the bundled CLI (lib/bundle/cli.cjs, made by scripts/bundle-cli.mjs) from V8's code cache,
// so that `validate` and `lint` do not parse and compile a megabyte of JavaScript on every start.
// A CommonJS file (bin/package.json), because starting Node's ES module loader costs time too.
//
// The cache, lib/bundle/cli.cjs.v8cache, is written by `npm run compile` (a training run of lint)
// and rewritten here when it is missing, rejected by V8 (another Node version or V8 flags) or made
// from another build of the bundle. It starts with a line naming the bundle it was made from (size,
// modification time, inode), because V8 itself checks only the source's length, and a cache made
// from other code must never be used. Writing is best effort: a read-only install runs without it.
//
// Commands other than `build` and `serve` finish in a fraction of a second, too soon for TurboFan,
// V8's optimizing compiler, to pay for itself: on two cores its background compiles took CPU
// from the run and held up the exit. They run without it (Ignition and Sparkplug still compile),
// and only they use the cache, which is valid only under the V8 flags it was made with.
//
// PRIVACY_NOTICE_BUNDLE names another bundle folder; the compile's training run uses it.
"use strict";
const { closeSync, fstatSync, openSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { Module, createRequire } = require("node:module");
const { join } = require("node:path");
const { setFlagsFromString } = require("node:v8");
const { Script } = require("node:vm");

const COULD_NOT_RUN = 2;
const folder = process.env.PRIVACY_NOTICE_BUNDLE || join(__dirname, "..", "lib", "bundle");
const file = join(folder, "cli.cjs");
const cacheFile = `${file}.v8cache`;

function readBundle() {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    process.stderr.write(
      `privacy-notice: de CLI is niet gebouwd (${file}: ${error.code}). Voer \`npm run compile\` uit.\n` +
        `privacy-notice: the CLI is not built (${file}: ${error.code}). Run \`npm run compile\`.\n`,
    );
    process.exit(COULD_NOT_RUN);
  }
  try {
    // Read through the descriptor that was examined, so the identity is that of the bytes read.
    const stats = fstatSync(fd);
    const bytes = readFileSync(fd);
    // The bundle is ASCII (checked when it is built), so latin1 reads it exactly, without decoding UTF-8.
    return { source: bytes.toString("latin1"), identity: `privacy-notice-v8cache ${stats.size} ${stats.mtimeMs} ${stats.ino}\n` };
  } finally {
    closeSync(fd);
  }
}

/** The cached code for this bundle, or undefined when there is none for exactly this build. */
function readCache(identity) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(identity, "latin1");
  return bytes.length > header.length && bytes.subarray(0, header.length).equals(header) ? bytes.subarray(header.length) : undefined;
}

function writeCache(script, identity) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(identity, "latin1"), script.createCachedData()]));
    renameSync(temporary, cacheFile);
  } catch {
    // Best effort (read-only install, full disk): the next start compiles the bundle again.
  }
}

const command = process.argv.slice(2).find((argument) => !argument.startsWith("-"));
const quick = command !== "build" && command !== "serve";
if (quick) setFlagsFromString("--no-turbofan");

const { source, identity } = readBundle();
const cachedData = quick ? readCache(identity) : undefined;
// The CommonJS wrapper on the first line, so that line numbers in stack traces stay the bundle's.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
// Registered as the module of cli.cjs, so that the chunks' require("./cli.cjs") gets this instance,
// not a second copy of the CLI with classes of its own (instanceof ToolError would fail).
const bundle = new Module(file, module);
bundle.filename = file;
require.cache[file] = bundle;
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, folder);
bundle.loaded = true;

bundle.exports.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (quick && (cachedData === undefined || script.cachedDataRejected)) writeCache(script, identity);
  },
  (error) => {
    process.stderr.write(`privacy-notice: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = COULD_NOT_RUN;
  },
);
