/**
 * `privacy-notice validate` through the real CLI (node bin/privacy-notice.js, compiled by the
 * global setup): every kind of bad input gives its exact rule, line, column and exit code, and
 * never a stack trace.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bad = "test/fixtures/bad";
const base = "src/lint/examples/base.yaml";

function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["bin/privacy-notice.js", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", ...env },
    timeout: 30_000,
  });
}

interface Reported {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly message: string;
  readonly ruleId: string;
}

/** Parses `file:line:column  severity  message  (ruleId)` lines; other lines (the summary) are skipped. */
function reported(stdout: string): Reported[] {
  return stdout.split("\n").flatMap((line) => {
    const match = /^(.+?):(\d+):(\d+) {2}(error|warning) {2}(.*) {2}\(([a-z]+\/[A-Za-z-]+)\)$/.exec(line);
    if (!match) return [];
    const [, file, lineNo, column, severity, message, ruleId] = match as unknown as [string, string, string, string, string, string, string];
    return [{ file, line: Number(lineNo), column: Number(column), severity, message, ruleId }];
  });
}

type Expected = readonly [line: number, column: number, severity: "error" | "warning", ruleId: string];

const fixtures: readonly { readonly name: string; readonly file: string; readonly expected: readonly Expected[] }[] = [
  { name: "malformed YAML (a key without a colon)", file: "malformed.yaml", expected: [[7, 3, "error", "yaml/missing-char"]] },
  { name: "a tab used for indentation", file: "tabs.yaml", expected: [[6, 1, "error", "yaml/tab-as-indent"]] },
  { name: "a key written twice", file: "duplicate-keys.yaml", expected: [[12, 5, "error", "yaml/duplicate-key"]] },
  {
    name: "unknown keys",
    file: "unknown-keys.yaml",
    expected: [
      [4, 1, "error", "schema/additionalProperties"],
      [7, 3, "error", "schema/additionalProperties"],
      [20, 11, "error", "schema/additionalProperties"],
    ],
  },
  {
    name: "values of the wrong type",
    file: "wrong-types.yaml",
    expected: [
      [1, 9, "error", "schema/const"],
      [7, 20, "error", "schema/type"],
      [8, 15, "error", "schema/type"],
      [12, 19, "error", "schema/type"],
    ],
  },
  { name: "an empty file", file: "empty.yaml", expected: [[1, 1, "error", "yaml/empty"]] },
  { name: "binary bytes", file: "binary.yaml", expected: [[1, 1, "error", "yaml/binary"]] },
  { name: "bytes that are not UTF-8", file: "non-utf8.yaml", expected: [[1, 1, "error", "yaml/encoding"]] },
  { name: "a YAML alias bomb (billion laughs)", file: "alias-bomb.yaml", expected: [[1, 1, "error", "yaml/alias-limit"]] },
  {
    name: "`__proto__` and `constructor` keys",
    file: "proto-keys.yaml",
    expected: [
      [5, 1, "error", "schema/additionalProperties"],
      [9, 3, "error", "schema/additionalProperties"],
      [16, 5, "error", "schema/additionalProperties"],
    ],
  },
  {
    name: "raw HTML in Markdown",
    file: "raw-html.yaml",
    expected: [
      [9, 36, "error", "markdown/raw-html"],
      [11, 5, "error", "markdown/raw-html"],
    ],
  },
  { name: "a <script> in Markdown", file: "script.yaml", expected: [[8, 18, "error", "markdown/raw-html"]] },
  {
    name: "javascript: links, in any case and split by a line break or an entity",
    file: "javascript-links.yaml",
    expected: [
      [9, 29, "error", "markdown/unsafe-url"],
      [9, 66, "error", "markdown/unsafe-url"],
      [10, 37, "error", "markdown/unsafe-url"],
      [10, 78, "error", "markdown/unsafe-url"],
    ],
  },
  {
    name: "a dangling reference",
    file: "dangling-reference.yaml",
    expected: [
      [14, 20, "error", "reference/dangling"],
      [16, 3, "warning", "reference/unused"],
    ],
  },
];

describe("privacy-notice validate on bad input", () => {
  for (const fixture of fixtures) {
    it(`reports ${fixture.name} at the exact place, with exit code 1`, () => {
      const file = `${bad}/${fixture.file}`;
      const result = cli(["validate", "--lang", "en", file]);
      expect(result.stderr).not.toContain("    at ");
      expect(reported(result.stdout).map((r) => [r.line, r.column, r.severity, r.ruleId])).toEqual(fixture.expected);
      expect(reported(result.stdout).every((r) => r.file === file)).toBe(true);
      expect(result.status).toBe(1);
    });
  }

  it("suggests the intended key for each unknown key", () => {
    const messages = reported(cli(["validate", "--lang", "en", `${bad}/unknown-keys.yaml`]).stdout).map((r) => r.message);
    expect(messages[0]).toContain("Unknown field `titel`: did you mean `title`?");
    expect(messages[1]).toContain("Unknown field `contactPionts`: did you mean `contactPoints`?");
    expect(messages[2]).toContain("Unknown field `legitimateIntrest`: did you mean `legitimateInterest`?");
  });

  it("says in Dutch, by default, which key was meant", () => {
    const messages = reported(cli(["validate", `${bad}/unknown-keys.yaml`]).stdout).map((r) => r.message);
    expect(messages[0]).toContain("Onbekend veld `titel`: bedoelde u `title`?");
  });

  it("suggests the declared key a dangling reference probably meant", () => {
    const [dangling] = reported(cli(["validate", "--lang", "en", `${bad}/dangling-reference.yaml`]).stdout);
    expect(dangling?.message).toContain("`bezorgdients` refers to a recipient that does not exist: `bezorgdients` is not declared under `recipients`.");
    expect(dangling?.message).toContain("Did you mean `bezorgdienst`?");
  });

  it("explains why HTML is refused", () => {
    const [html] = reported(cli(["validate", "--lang", "en", `${bad}/raw-html.yaml`]).stdout);
    expect(html?.message).toContain("write it as Markdown");
    expect(html?.message).toContain("published unfiltered");
  });

  it("refuses a 50 MB file without reading it, with exit code 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "privacy-notice-large-"));
    try {
      const file = join(dir, "huge.yaml");
      writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, "notApplicable: x\n"));
      const result = cli(["validate", "--lang", "en", file]);
      expect(reported(result.stdout).map((r) => [r.line, r.column, r.ruleId])).toEqual([[1, 1, "yaml/too-large"]]);
      expect(result.stderr).not.toContain("    at ");
      expect(result.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a directory with exit code 2 and a plain message", () => {
    const result = cli(["validate", "--lang", "en", `${bad}/a-directory`]);
    expect(result.stderr).toContain(`${bad}/a-directory is a directory, not a file`);
    expect(result.stderr).not.toContain("    at ");
    expect(result.status).toBe(2);
  });

  it("reports a missing file with exit code 2 and a plain message", () => {
    const result = cli(["validate", "--lang", "en", `${bad}/does-not-exist.yaml`]);
    expect(result.stderr).toContain(`File not found: ${bad}/does-not-exist.yaml`);
    expect(result.stderr).not.toContain("    at ");
    expect(result.status).toBe(2);
  });

  it("still validates the other files when one is missing, then exits 2", () => {
    const result = cli(["validate", "--lang", "en", `${bad}/does-not-exist.yaml`, `${bad}/dangling-reference.yaml`, `${bad}/script.yaml`]);
    expect(result.stderr).toContain("File not found");
    const files = new Set(reported(result.stdout).map((r) => r.file));
    expect(files).toEqual(new Set([`${bad}/dangling-reference.yaml`, `${bad}/script.yaml`]));
    expect(result.stdout).toContain("1 file could not be read.");
    expect(result.status).toBe(2);
  });
});

describe("privacy-notice validate output", () => {
  it("exits 0 on a clean policy and says so", () => {
    const result = cli(["validate", "--lang", "en", base]);
    expect(result.stdout).toBe("No problems found in 1 file.\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("exits 0 when there are only warnings", () => {
    const dir = mkdtempSync(join(tmpdir(), "privacy-notice-warn-"));
    try {
      const file = join(dir, "warn.yaml");
      const text = readFileSync(join(root, base), "utf8");
      writeFileSync(file, text.replace("\nrecipients:\n", "\nrecipients:\n  ongebruikt:\n    name: Niemand B.V.\n    kind: other\n"));
      const result = cli(["validate", "--lang", "en", file]);
      expect(reported(result.stdout).map((r) => [r.severity, r.ruleId])).toContainEqual(["warning", "reference/unused"]);
      expect(reported(result.stdout).some((r) => r.severity === "error")).toBe(false);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports every problem of every file in one run, then a summary line", () => {
    const result = cli(["validate", "--lang", "en", `${bad}/unknown-keys.yaml`, `${bad}/wrong-types.yaml`, base]);
    const files = reported(result.stdout).map((r) => r.file);
    expect(files.filter((f) => f.endsWith("unknown-keys.yaml"))).toHaveLength(3);
    expect(files.filter((f) => f.endsWith("wrong-types.yaml"))).toHaveLength(4);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("7 errors and 0 warnings in 3 files.");
    expect(result.status).toBe(1);
  });

  it("writes the summary in Dutch by default", () => {
    const result = cli(["validate", `${bad}/wrong-types.yaml`]);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("4 fouten en 0 waarschuwingen in 1 bestand.");
  });

  it("prints the same bytes on every run", () => {
    const args = ["validate", `${bad}/unknown-keys.yaml`, `${bad}/javascript-links.yaml`];
    expect(cli(args).stdout).toBe(cli(args).stdout);
  });

  it("gives the same problems as JSON with --format json", () => {
    const stylish = reported(cli(["validate", "--lang", "en", `${bad}/wrong-types.yaml`]).stdout);
    const result = cli(["validate", "--lang", "en", "--format", "json", `${bad}/wrong-types.yaml`, `${bad}/missing.yaml`]);
    const parsed = JSON.parse(result.stdout) as {
      file: string;
      diagnostics?: { line: number; column: number; ruleId: string; message: string; pointer: string }[];
      failure?: { code: string };
    }[];
    expect(parsed[0]?.diagnostics?.map((d) => [d.line, d.column, d.ruleId, d.message])).toEqual(
      stylish.map((r) => [r.line, r.column, r.ruleId, r.message]),
    );
    expect(parsed[0]?.diagnostics?.map((d) => d.pointer)).toEqual(["/format", "/controller/establishedInEU", "/introduction", "/chapters/0/dataSubjects"]);
    expect(parsed[1]).toEqual({ file: `${bad}/missing.yaml`, failure: { code: "file-not-found", message: `File not found: ${bad}/missing.yaml. Check the path.` } });
    expect(result.status).toBe(2);
  });

  it("exits 2 on usage errors", () => {
    expect(cli(["validate"]).status).toBe(2);
    expect(cli(["validate", "--format", "xml", base]).status).toBe(2);
    expect(cli(["validate", "--lang", "fr", base]).status).toBe(2);
  });

  it("uses no colour when output is not a terminal", () => {
    expect(cli(["validate", `${bad}/dangling-reference.yaml`]).stdout).not.toContain("\u001b[");
  });

  describe("on a terminal", () => {
    // `script` gives the CLI a real pseudo-terminal, so `isTTY` is true as for a person typing.
    const onTerminal = (env: NodeJS.ProcessEnv): string => {
      const command = `${process.execPath} bin/privacy-notice.js validate ${bad}/dangling-reference.yaml`;
      return spawnSync("script", ["-qec", command, "/dev/null"], { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, timeout: 30_000 }).stdout;
    };

    it("colours the severity", () => {
      const output = onTerminal({ NO_COLOR: "" });
      expect(output).toContain("\u001b[31merror\u001b[39m");
      expect(output).toContain("\u001b[33mwarning\u001b[39m");
    });

    it("never colours with NO_COLOR set", () => {
      expect(onTerminal({ NO_COLOR: "1" })).not.toContain("\u001b[");
    });
  });
});
