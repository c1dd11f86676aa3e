#!/usr/bin/env node
/**
 * Entry point of the composite GitHub Action (action.yml): lints the policies that `files` matches
 * with this checkout's own CLI, writing GitHub annotations and the job summary, a SARIF file for
 * code scanning and a readable log; then sets the step outputs `errors`, `warnings` and `sarif-file`.
 *
 * Exit code: the CLI's (0 clean, 1 findings, 2 could not run), except that `fail-on-findings: false`
 * turns 1 into 0. A 2 always stays a 2: a run that did not happen must not look clean.
 *
 * Inputs arrive as `INPUT_<NAME>` variables (upper case, hyphens and spaces as `_`, so that shells
 * can read them too). Composite actions do not set these themselves (actions/runner#665), so
 * action.yml passes each one explicitly in the step's `env`.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** The CLI of this checkout, never one found on PATH: the action runs the version it was pinned to. */
export const cliBin = join(root, "bin", "privacy-notice.js");

/** The exit codes of the CLI, which this script keeps. */
const EXIT = { clean: 0, findings: 1, couldNotRun: 2 };

/** Folders never searched when a pattern has a wildcard. */
const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

/**
 * The value of one action input: `INPUT_<NAME>` with hyphens and spaces as `_`, trimmed; "" when unset.
 * Every input this script reads goes through here (test/action/action.test.ts relies on that).
 * @param {string} name
 * @returns {string}
 */
function input(name) {
  return (process.env[inputVariable(name)] ?? "").trim();
}

/**
 * The environment variable that carries an input.
 * @param {string} name
 * @returns {string}
 */
export function inputVariable(name) {
  return `INPUT_${name.replaceAll(/[ -]/g, "_").toUpperCase()}`;
}

/**
 * A YAML 1.2 core boolean, as `core.getBooleanInput` accepts it.
 * @param {string} value
 * @returns {boolean | undefined} undefined for anything else
 */
export function parseBoolean(value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  return undefined;
}

/**
 * The action's exit code for the CLI's.
 * @param {number} cliCode
 * @param {boolean} failOnFindings
 * @returns {number}
 */
export function actionExitCode(cliCode, failOnFindings) {
  if (cliCode === EXIT.clean) return EXIT.clean;
  if (cliCode === EXIT.findings) return failOnFindings ? EXIT.findings : EXIT.clean;
  return EXIT.couldNotRun;
}

/**
 * Patterns from the `files` input: separated by white space or new lines (paths with spaces are not
 * supported), each a path or a picomatch glob relative to `cwd`.
 * @param {string} value
 * @returns {string[]}
 */
export function splitPatterns(value) {
  return value.split(/\s+/).filter((pattern) => pattern !== "");
}

/**
 * Expands the patterns. A plain path is kept as it is, so that a missing file reaches the CLI and
 * ends as "could not run"; a glob gives its matches in sorted order (deterministic), or is listed in
 * `unmatched`. Dot folders and node_modules are not searched.
 * @param {readonly string[]} patterns
 * @param {string} cwd
 * @returns {Promise<{ files: string[], unmatched: string[] }>}
 */
export async function expandPatterns(patterns, cwd) {
  // picomatch is a dependency of the CLI, installed with it in the action's checkout.
  const { default: picomatch } = await import("picomatch");
  const files = [];
  const unmatched = [];
  for (const raw of patterns) {
    const pattern = raw.replaceAll("\\", "/").replace(/^(\.\/)+/, "");
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      files.push(pattern);
      continue;
    }
    const isMatch = picomatch(pattern);
    const matches = walk(resolve(cwd, scan.base || "."))
      .map((file) => relative(cwd, file).split(sep).join("/"))
      .filter((file) => isMatch(file))
      .sort();
    if (matches.length === 0) unmatched.push(raw);
    files.push(...matches);
  }
  return { files: [...new Set(files)], unmatched };
}

/**
 * Every file under `folder`, skipping dot folders and node_modules; nothing when it does not exist.
 * @param {string} folder
 * @returns {string[]}
 */
function walk(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name) ? [] : walk(path);
    return entry.isFile() ? [path] : [];
  });
}

/**
 * One line for `$GITHUB_OUTPUT`; the heredoc form when the value has a line break, as `@actions/core` does.
 * @param {string} name
 * @param {string} value
 * @returns {string}
 */
export function outputLine(name, value) {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Escapes a workflow command's message, as `@actions/core` does. */
function escapeData(/** @type {string} */ value) {
  return value.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/**
 * Runs the CLI with the log going straight to this step's log.
 * @param {readonly string[]} args
 * @param {string} cwd
 * @returns {Promise<number>}
 */
function runCli(args, cwd) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [cliBin, ...args], { cwd, stdio: "inherit" });
    child.on("error", () => resolvePromise(EXIT.couldNotRun));
    child.on("close", (code) => resolvePromise(typeof code === "number" ? code : EXIT.couldNotRun));
  });
}

/**
 * Error and warning counts from the CLI's JSON report; undefined when it was not written.
 * @param {string} file
 * @returns {{ errors: number, warnings: number } | undefined}
 */
function readCounts(file) {
  if (!existsSync(file)) return undefined;
  /** @type {{ errorCount: number, warningCount: number }[]} */
  const results = JSON.parse(readFileSync(file, "utf8"));
  return {
    errors: results.reduce((sum, result) => sum + result.errorCount, 0),
    warnings: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

/** @returns {Promise<number>} */
async function main() {
  const lang = input("lang") || "nl";
  const nl = lang !== "en";
  const cwd = process.cwd();
  const outputFile = process.env["GITHUB_OUTPUT"];
  const summaryFile = process.env["GITHUB_STEP_SUMMARY"];

  /** Reports why the run could not happen: an annotation, a line in the job summary, exit 2. */
  const couldNotRun = (/** @type {{ nl: string, en: string }} */ message) => {
    const text = nl ? message.nl : message.en;
    process.stdout.write(`::error title=privacy-notice::${escapeData(text)}\n`);
    if (summaryFile) appendFileSync(summaryFile, `## privacy-notice lint\n\n\u2716 ${text}\n`);
    return EXIT.couldNotRun;
  };

  const failOnFindings = parseBoolean(input("fail-on-findings") || "true");
  if (failOnFindings === undefined) {
    return couldNotRun({
      nl: `fail-on-findings moet true of false zijn, niet "${input("fail-on-findings")}".`,
      en: `fail-on-findings must be true or false, not "${input("fail-on-findings")}".`,
    });
  }
  const patterns = splitPatterns(input("files"));
  if (patterns.length === 0) return couldNotRun({ nl: "De invoer files is leeg.", en: "The files input is empty." });
  const { files, unmatched } = await expandPatterns(patterns, cwd);
  if (unmatched.length > 0) {
    const list = unmatched.join(", ");
    return couldNotRun({ nl: `Geen bestand past bij ${list}.`, en: `No file matches ${list}.` });
  }
  if (!existsSync(join(root, "lib", "cli", "main.js"))) {
    return couldNotRun({
      nl: `privacy-notice is niet gecompileerd in ${root}: de installatiestap van de action is mislukt of overgeslagen.`,
      en: `privacy-notice is not compiled in ${root}: the action's install step failed or was skipped.`,
    });
  }

  const sarifFile = resolve(cwd, input("sarif-file") || "privacy-notice.sarif");
  const scratch = mkdtempSync(join(process.env["RUNNER_TEMP"] || tmpdir(), "privacy-notice-"));
  const jsonFile = join(scratch, "lint.json");
  const options = ["--format", "github", "--format", `sarif=${sarifFile}`, "--format", "stylish", "--format", `json=${jsonFile}`, "--lang", lang];
  const config = input("config");
  if (config) options.push("--config", config);
  const maxWarnings = input("max-warnings");
  if (maxWarnings) options.push("--max-warnings", maxWarnings);

  process.stdout.write(`privacy-notice lint ${files.join(" ")}\n`);
  let cliCode = await runCli(["lint", ...options, "--", ...files], cwd);
  const counts = readCounts(jsonFile);
  rmSync(scratch, { recursive: true, force: true });
  // Node also exits 1 on a crash before the CLI could report; findings are only real with a report.
  if (cliCode === EXIT.findings && counts === undefined) cliCode = EXIT.couldNotRun;

  const outputs = [];
  if (counts) outputs.push(outputLine("errors", String(counts.errors)), outputLine("warnings", String(counts.warnings)));
  if (existsSync(sarifFile)) outputs.push(outputLine("sarif-file", sarifFile));
  if (outputFile) appendFileSync(outputFile, outputs.join(""));

  const code = actionExitCode(cliCode, failOnFindings);
  if (cliCode === EXIT.findings && code === EXIT.clean) {
    process.stdout.write(
      nl
        ? "privacy-notice: bevindingen gemeld, maar fail-on-findings is false: de stap slaagt.\n"
        : "privacy-notice: findings reported, but fail-on-findings is false: the step succeeds.\n",
    );
  }
  if (code === EXIT.couldNotRun) {
    return couldNotRun({
      nl: `privacy-notice kon niet draaien (exitcode ${cliCode}); de reden staat in het log.`,
      en: `privacy-notice could not run (exit code ${cliCode}); the log says why.`,
    });
  }
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
