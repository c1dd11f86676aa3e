/**
 * Runs `npm run compile` once per test run, because CLI tests spawn `node bin/privacy-notice.js`,
 * which runs the compiled lib/ (including the standalone schema validator). Skipped when the last
 * successful compile is newer than every source it reads, so repeated runs stay quick.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "lib", ".compiled-for-tests");
const inputs = ["src", "schema", "scripts", "package.json", "tsconfig.json"];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

function upToDate(): boolean {
  if (!existsSync(stamp)) return false;
  const compiledAt = statSync(stamp).mtimeMs;
  return inputs.every((input) => !existsSync(join(root, input)) || newestMtime(join(root, input)) < compiledAt);
}

export default function setup(): void {
  if (upToDate()) return;
  const result = spawnSync("npm", ["run", "compile", "--silent"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`npm run compile failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  writeFileSync(stamp, "");
}
