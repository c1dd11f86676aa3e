#!/usr/bin/env node
// Whole-process timings of the CLI against a bare Node start, as a user feels them.
//
//   node bench/run.mjs [--runs 11] [--warmup 2] [--check] [name-filter ...]
//
// Each case runs `warmup` times unmeasured, then `runs` times measured; the runs of all cases are
// interleaved so that a machine getting busier or quieter affects every case alike. The table shows
// the median, the fastest and slowest run, the ratio of the median to the baseline case's, and the
// median CPU time (user + system) with its ratio, which a busy machine disturbs less.
// With --check, exits 1 when a case's ratio is above its target. Add cases to `cases` below.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
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

/**
 * Runs a case once; returns its wall-clock time and its CPU time (user + system, all threads) in
 * milliseconds. bash's `time` measures both from fork to exit, without bash's own start. CPU time
 * shows what a run costs when the machine is shared: waiting for a busy core stretches wall-clock
 * time but not CPU time.
 */
function runOnce(benchCase) {
  // Inside the group, fd 2 is our stdout (where `time` reports) and the command's stderr goes to fd 3,
  // our stderr; the command's stdout is discarded as before.
  const script = 'TIMEFORMAT="%3R %3U %3S"; { time "$@" 2>&3 1>/dev/null; } 3>&2 2>&1';
  const result = spawnSync("bash", ["-c", script, "bash", ...benchCase.command], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
    encoding: "utf8",
  });
  const expected = benchCase.exitCode ?? 0;
  if (result.status !== expected) {
    throw new Error(`${benchCase.name}: exit code ${result.status ?? result.signal}, expected ${expected}\n${result.stderr}`);
  }
  const [real, user, system] = result.stdout.trim().split(/\s+/).map(Number);
  if (![real, user, system].every(Number.isFinite)) throw new Error(`${benchCase.name}: cannot read the timing from ${JSON.stringify(result.stdout)}`);
  return { wall: real * 1000, cpu: (user + system) * 1000 };
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
    const samples = times.get(benchCase).map((sample) => sample.wall);
    const cpu = median(times.get(benchCase).map((sample) => sample.cpu));
    return { benchCase, median: median(samples), min: Math.min(...samples), max: Math.max(...samples), cpu };
  });
}

function table(results) {
  const baseline = results.find((result) => result.benchCase.baseline);
  const rows = results.map(({ benchCase, median: m, min, max, cpu }) => {
    const ratio = baseline ? m / baseline.median : undefined;
    const cpuRatio = baseline ? cpu / baseline.cpu : undefined;
    const verdict = benchCase.target === undefined || ratio === undefined ? "" : ratio <= benchCase.target ? `≤ ${benchCase.target}× ok` : `> ${benchCase.target}× OVER`;
    return [
      benchCase.name,
      m.toFixed(1),
      min.toFixed(1),
      max.toFixed(1),
      ratio === undefined ? "" : `${ratio.toFixed(2)}×`,
      cpu.toFixed(1),
      cpuRatio === undefined ? "" : `${cpuRatio.toFixed(2)}×`,
      verdict,
    ];
  });
  const header = ["case", "median ms", "min ms", "max ms", "ratio", "cpu ms", "cpu ratio", "target (wall ratio)"];
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
const load = loadavg().map((value) => value.toFixed(2)).join(", ");
console.log(`node ${process.version}, ${options.warmup} warm-up + ${options.runs} measured runs per case (median); load average ${load}`);
console.log("wall-clock and CPU time (user + system) from bash's `time`; targets apply to the wall-clock ratio\n");
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

// Serve rebuild latency: `serve` on a free port with a temporary copy of the policy, the notice open
// in headless Chromium; each edit rewrites one sentence of the copy, and the time runs from the
// write until the page (updated by the server's push) shows the new text. Median of the edits.
// Run with `serve` as a filter, or without filters.
if (options.filters.length === 0 || options.filters.includes("serve")) {
  const { spawn } = await import("node:child_process");
  const { writeFile } = await import("node:fs/promises");
  const { chromium } = await import("playwright-core");
  const work = mkdtempSync(join(tmpdir(), "privacy-notice-bench-serve-"));
  const copy = join(work, "notice.yaml");
  const source = readFileSync(join(root, policy), "utf8");
  const id = /^id: (.+)$/m.exec(source)?.[1] ?? "notice";
  // The first sentence of the introduction's text, which the page shows near the top.
  const sentence = /^ {4}(\S[^\n]*?[.!?])(?= |$)/m.exec(source.slice(source.indexOf("introduction:")))?.[1];
  if (!sentence) throw new Error("serve bench: no sentence found in the policy's introduction");
  writeFileSync(copy, source);
  // stderr (the lint report of every rebuild) is not read, so it must not be a pipe that fills up.
  const server = spawn(node, ["bin/privacy-notice.js", "serve", copy, "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] });
  let browser;
  try {
    const url = await new Promise((done, fail) => {
      let out = "";
      const timer = setTimeout(() => fail(new Error(`serve did not start within 20 s:\n${out}`)), 20_000);
      server.stdout.on("data", (chunk) => {
        out += chunk;
        const found = /http:\/\/\S+\//.exec(out);
        if (found) {
          clearTimeout(timer);
          done(found[0]);
        }
      });
      server.on("exit", (code) => fail(new Error(`serve exited with ${code}`)));
    });
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${url}${id}/`);
    const edits = Math.max(5, Math.min(options.runs, 11));
    const samples = [];
    for (let edit = 0; edit < edits + 1; edit++) {
      const marker = `Bewerking ${edit} van de benchmark.`;
      // Settle between edits, as a person typing does: the previous PDF has been rendered.
      await new Promise((done) => setTimeout(done, 1500));
      // The page swaps in the new build without navigating: an observer notes when the text is there.
      await page.evaluate((text) => {
        // A value left from the previous edit would make this edit's latency negative.
        window.benchShownAt = undefined;
        performance.clearResourceTimings();
        const observer = new MutationObserver(() => {
          if (document.body?.textContent?.includes(text)) {
            window.benchShownAt = Date.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      }, marker);
      const written = Date.now();
      await writeFile(copy, source.replace(sentence, `${marker} ${sentence}`));
      await page.getByText(marker).first().waitFor({ timeout: 10_000 });
      const [fetched, shown] = await page.evaluate(() => {
        const fetch = performance.getEntriesByType("resource").find((entry) => entry.initiatorType === "fetch");
        // Had the page navigated (the script's fallback), the load of the new document counts.
        return window.benchShownAt === undefined
          ? [performance.timing.navigationStart, performance.timing.domContentLoadedEventEnd]
          : [performance.timeOrigin + (fetch?.startTime ?? 0), window.benchShownAt];
      });
      // The first edit warms up the rebuild path. The page asks for the new build once the server announced it.
      if (edit > 0) samples.push({ total: shown - written, rebuild: fetched - written, page: shown - fetched });
    }
    const m = median(samples.map((sample) => sample.total));
    const ok = m <= 300;
    const totals = samples.map((sample) => sample.total);
    console.log(`\nserve rebuild latency (write → page shows the new text, ${samples.length} edits): median ${m.toFixed(0)} ms, min ${Math.min(...totals)} ms, max ${Math.max(...totals)} ms (target ≤ 300 ms) ${ok ? "ok" : "OVER"}`);
    console.log(`  of which write → page asks for it (watch, rebuild, event): median ${median(samples.map((sample) => sample.rebuild)).toFixed(0)} ms; → new text shown: median ${median(samples.map((sample) => sample.page)).toFixed(0)} ms`);
    if (options.check && !ok) process.exitCode = 1;
  } finally {
    await browser?.close();
    server.kill("SIGINT");
    rmSync(work, { recursive: true, force: true });
  }
}
