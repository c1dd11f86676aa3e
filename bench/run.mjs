#!/usr/bin/env node
// Whole-process timings of the CLI against a bare Node start, as a user feels them.
//
//   node bench/run.mjs [--runs 11] [--warmup 2] [--check] [name-filter ...]
//
// Each case runs `warmup` times unmeasured, then `runs` times measured; the runs of all cases are
// interleaved so that a machine getting busier or quieter affects every case alike. The table shows
// the median, the fastest and slowest run, and the ratio of the median to the baseline case's.
// With --check, exits 1 when a case's ratio is above its target. Add cases to `cases` below.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const node = process.execPath;

/** The seed policy once it exists, else the small example every rule accepts. */
const policy = existsSync(new URL("../policy/coface-nl.yaml", import.meta.url)) ? "policy/coface-nl.yaml" : "src/lint/examples/base.yaml";

/**
 * @typedef {object} Case
 * @property {string} name          shown in the table and matched by filters
 * @property {string[]} command     program and arguments, run from the repository root
 * @property {boolean} [baseline]   the case ratios are computed against (exactly one)
 * @property {number} [target]      maximum ratio to the baseline's median (checked with --check)
 * @property {number} [exitCode]    expected exit code (default 0); a case that fails is not timed
 * @property {{ name: string, minSpeedup: number }} [fasterThan]  another case this one must beat by a factor
 */

// diff compares the policy with a copy that has one new purpose and a reworded introduction (in a
// temporary folder, removed on exit), so it runs every stage: both loads and validations, the
// semantic walk and the Markdown check of the changed text.
const diffFolder = mkdtempSync(join(tmpdir(), "privacy-notice-bench-diff-"));
process.on("exit", () => rmSync(diffFolder, { recursive: true, force: true }));
const diffCopy = join(diffFolder, "changed.yaml");
{
  const changed = parse(readFileSync(join(root, policy), "utf8"));
  changed.chapters[0].purposes.items.push({ id: "bench-nieuw-doel", text: "uw gegevens gebruiken voor marktonderzoek;", legalBasis: "consent" });
  changed.introduction.text = `${changed.introduction.text.trimEnd()} Deze zin is nieuw.`;
  writeFileSync(diffCopy, stringify(changed));
}

/** @type {Case[]} */
const cases = [
  { name: "node -e 0", command: [node, "-e", "0"], baseline: true },
  { name: `validate ${policy}`, command: [node, "bin/privacy-notice.js", "validate", policy], target: 2.5 },
  // Lint runs load → validate → all rules; exit 1 because the seed policy has findings.
  {
    name: `lint ${policy}`,
    command: [node, "bin/privacy-notice.js", "lint", policy],
    target: 2.5,
    exitCode: existsSync(new URL("../policy/coface-nl.yaml", import.meta.url)) ? 1 : 0,
    fasterThan: { name: "spectral", minSpeedup: 5 },
  },
  // The whole build of one notice: validate, lint, HTML (Eleventy), JSON, Markdown and PDF.
  // Each run replaces the previous run's output folder, as a user's repeated builds do.
  {
    name: `build ${policy}`,
    command: [node, "bin/privacy-notice.js", "build", policy, "--out", join(tmpdir(), "privacy-notice-bench-dist")],
    target: 15,
  },
  // The semantic change list between two versions (Markdown report); exit 0 without --fail-on. It
  // parses and validates two policies, so its target is above validate's.
  { name: `diff ${policy}`, command: [node, "bin/privacy-notice.js", "diff", policy, diffCopy], target: 4 },
  // The closest peer: Spectral with five comparable rules (bench/spectral/.spectral.yaml), bin called directly.
  {
    name: "spectral",
    command: [node, "node_modules/@stoplight/spectral-cli/dist/index.js", "lint", policy, "-r", "bench/spectral/.spectral.yaml"],
    exitCode: existsSync(new URL("../policy/coface-nl.yaml", import.meta.url)) ? 1 : 0,
  },
];

function parseArguments(argv) {
  const options = { runs: 11, warmup: 2, check: false, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === "--runs") options.runs = Number(argv[++i]);
    else if (argument === "--warmup") options.warmup = Number(argv[++i]);
    else if (argument === "--check") options.check = true;
    else options.filters.push(argument);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error("--runs must be a positive integer");
  if (!Number.isInteger(options.warmup) || options.warmup < 0) throw new Error("--warmup must be a whole number");
  return options;
}

/** Runs a case once; returns its wall-clock time in milliseconds. */
function runOnce(benchCase) {
  const [program, ...args] = benchCase.command;
  const start = process.hrtime.bigint();
  const result = spawnSync(program, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  const expected = benchCase.exitCode ?? 0;
  if (result.status !== expected) {
    throw new Error(`${benchCase.name}: exit code ${result.status ?? result.signal}, expected ${expected}\n${result.stderr}`);
  }
  return elapsed;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function measure(selected, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) for (const benchCase of selected) runOnce(benchCase);
  const times = new Map(selected.map((benchCase) => [benchCase, []]));
  for (let i = 0; i < runs; i++) for (const benchCase of selected) times.get(benchCase).push(runOnce(benchCase));
  return selected.map((benchCase) => {
    const samples = times.get(benchCase);
    return { benchCase, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
  });
}

function table(results) {
  const baseline = results.find((result) => result.benchCase.baseline);
  const rows = results.map(({ benchCase, median: m, min, max }) => {
    const ratio = baseline ? m / baseline.median : undefined;
    const verdict = benchCase.target === undefined || ratio === undefined ? "" : ratio <= benchCase.target ? `≤ ${benchCase.target}× ok` : `> ${benchCase.target}× OVER`;
    return [benchCase.name, m.toFixed(1), min.toFixed(1), max.toFixed(1), ratio === undefined ? "" : `${ratio.toFixed(2)}×`, verdict];
  });
  const header = ["case", "median ms", "min ms", "max ms", "ratio", "target"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

const options = parseArguments(process.argv.slice(2));
const wanted = cases.filter(
  (benchCase) => benchCase.baseline || options.filters.length === 0 || options.filters.some((filter) => benchCase.name.includes(filter)),
);
// A case compared with another needs that one measured too.
const selected = cases.filter((benchCase) => wanted.includes(benchCase) || wanted.some((w) => w.fasterThan?.name === benchCase.name));
const results = measure(selected, options);
console.log(`node ${process.version}, ${options.warmup} warm-up + ${options.runs} measured runs per case (median)\n`);
console.log(table(results));

const baseline = results.find((result) => result.benchCase.baseline);
const over = results.filter(({ benchCase, median: m }) => benchCase.target !== undefined && baseline && m / baseline.median > benchCase.target);
const slow = [];
for (const { benchCase, median: m } of results) {
  const other = benchCase.fasterThan && results.find((result) => result.benchCase.name === benchCase.fasterThan.name);
  if (!other) continue;
  const speedup = other.median / m;
  const ok = speedup >= benchCase.fasterThan.minSpeedup;
  if (!ok) slow.push(benchCase);
  console.log(`\n${benchCase.name} is ${speedup.toFixed(1)}× faster than ${other.benchCase.name} (target ≥ ${benchCase.fasterThan.minSpeedup}×) ${ok ? "ok" : "UNDER"}`);
}
if (options.check && over.length + slow.length > 0) process.exitCode = 1;

// Scale: one build run each of 1, 10 and 100 notices (copies of the policy with other ids), to show
// that the time per notice stays flat (one Eleventy run serves every page). Run with `scale` as a
// filter, or without filters.
if (options.filters.length === 0 || options.filters.includes("scale")) {
  const work = mkdtempSync(join(tmpdir(), "privacy-notice-bench-scale-"));
  try {
    const source = readFileSync(join(root, policy), "utf8");
    const id = /^id: (.+)$/m.exec(source)?.[1] ?? "notice";
    const rows = [];
    for (const count of [1, 10, 100]) {
      const folder = join(work, `policies-${count}`);
      mkdirSync(folder);
      const files = [];
      for (let n = 1; n <= count; n++) {
        const file = join(folder, `${id}-${n}.yaml`);
        writeFileSync(file, source.replace(/^id: .+$/m, `id: ${id}-${n}`));
        files.push(file);
      }
      const args = ["bin/privacy-notice.js", "build", ...files, "--out", join(work, `dist-${count}`)];
      // Lint findings of 100 notices exceed spawnSync's default 1 MB output buffer.
      const once = () => {
        const start = process.hrtime.bigint();
        const result = spawnSync(node, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 28 });
        if (result.status !== 0) throw new Error(`build of ${count} notices: exit ${result.status ?? result.signal}\n${String(result.stderr).slice(-2000)}`);
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      if (count === 1) once(); // warm the file cache once
      const ms = once();
      rows.push({ count, ms });
    }
    console.log("\nscale (one build run each, whole process)\n");
    console.log("notices  seconds  s/notice  growth");
    rows.forEach(({ count, ms }, index) => {
      const previous = rows[index - 1];
      const growth = previous ? `${(ms / previous.ms).toFixed(1)}× time for ${count / previous.count}× notices` : "";
      console.log(`${String(count).padStart(7)}  ${(ms / 1000).toFixed(2).padStart(7)}  ${(ms / 1000 / count).toFixed(3).padStart(8)}  ${growth}`);
    });
    const hundred = rows.find((row) => row.count === 100);
    const ok = hundred.ms < 20_000;
    console.log(`\n100 notices in ${(hundred.ms / 1000).toFixed(1)} s (target < 20 s) ${ok ? "ok" : "OVER"}`);
    if (options.check && !ok) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
