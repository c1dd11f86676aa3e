/**
 * Shared by the diff, fmt and init tests: the policy the tests change (the Coface seed when it
 * exists, else the clean example), validation of test policies, and the real CLI.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { parsePolicyText } from "../../src/load/index.js";
import type { Policy } from "../../src/model/index.js";
import { validatePolicy } from "../../src/validate/index.js";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const bin = join(root, "bin/privacy-notice.js");
export const seedFile = join(root, "policy/coface-nl.yaml");
export const baseFile = join(root, "src/lint/examples/base.yaml");

/** The seed notice when it exists, else the clean example every rule accepts. */
export function subjectFile(): string {
  return existsSync(seedFile) ? seedFile : baseFile;
}

/** The policies the diff cases run on: the seed (when it exists) and the clean example. */
export function subjectFiles(): string[] {
  return existsSync(seedFile) ? [seedFile, baseFile] : [baseFile];
}

/** A fresh copy of a subject policy as data. */
export function subjectPolicy(file = subjectFile()): Policy {
  return parse(readFileSync(file, "utf8")) as Policy;
}

/** The error diagnostics of a policy given as data (empty: it validates). */
export function validationErrors(policy: unknown, file = "test.yaml"): Diagnostic[] {
  return validatePolicy(parsePolicyText(file, stringify(policy))).diagnostics.filter((d) => d.severity === "error");
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the compiled CLI (lib/, compiled once per test run by test/global-setup.ts) in `cwd` with a
 * clean environment; stdin is not a terminal.
 */
export function cli(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const env = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" };
    execFile(process.execPath, [bin, ...args], { cwd, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a command (git) and fails the test when it fails. */
export function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { cwd }, (error, stdout, stderr) => (error ? reject(new Error(`${command} ${args.join(" ")}: ${stderr}`)) : resolve(stdout)));
  });
}
