import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import github, { ANNOTATIONS_PER_LEVEL, escapeData, escapeProperty, githubSummary } from "../../src/format/github.js";
import { context, sampleResults } from "./results.js";

function finding(overrides: Partial<Diagnostic>): Diagnostic {
  return {
    file: "policy/a.yaml",
    source: "rule",
    ruleId: "fixture-title",
    messageId: "todo",
    message: { nl: "melding", en: "message" },
    severity: "error",
    path: ["title"],
    range: { start: { line: 3, column: 2 }, end: { line: 3, column: 9 } },
    ...overrides,
  };
}

describe("github escaping", () => {
  it("escapes %, CR and LF in data, as @actions/core does", () => {
    expect(escapeData("100% klaar\r\nvolgende: a,b")).toBe("100%25 klaar%0D%0Avolgende: a,b");
  });

  it("also escapes : and , in property values", () => {
    expect(escapeProperty("a:b,c%d\ne")).toBe("a%3Ab%2Cc%25d%0Ae");
  });
});

describe("github formatter", () => {
  it("writes one workflow command per finding with workspace-relative paths and the rule as title", async () => {
    const output = github(await sampleResults(), await context());
    expect(output.split("\n")).toContain(
      "::error file=policy/fietsapp.yaml,line=10,endLine=10,col=11,endColumn=30,title=fixture-legal-basis::Doel `account-beheren` heeft geen grondslag.",
    );
    expect(output).toContain("::warning file=policy/fietsapp.yaml,");
    expect(output).not.toContain("fixture-title"); // suppressed
    expect(output).not.toContain("file=./");
  });

  it("escapes messages and properties in the command", async () => {
    const odd = finding({ file: "policy/a,b:c.yaml", message: { nl: "regel 1\nregel 2: 50%", en: "x" } });
    const output = github([{ file: "policy/a,b:c.yaml", diagnostics: [odd] }], await context());
    expect(output).toBe("::error file=policy/a%2Cb%3Ac.yaml,line=3,endLine=3,col=2,endColumn=9,title=fixture-title::regel 1%0Aregel 2: 50%25\n");
  });

  it("never writes line 0", async () => {
    const zero = finding({ range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } });
    const output = github([{ file: "policy/a.yaml", diagnostics: [zero] }], await context());
    expect(output).toContain("line=1,endLine=1,col=1,endColumn=1,");
  });

  it("annotates at most 10 errors and 10 warnings, then logs the rest and says so in a notice", async () => {
    const many = [
      ...Array.from({ length: 12 }, (_, i) => finding({ range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 5 } } })),
      ...Array.from({ length: 11 }, (_, i) => finding({ severity: "warning", range: { start: { line: i + 20, column: 1 }, end: { line: i + 20, column: 5 } } })),
    ];
    const lines = github([{ file: "policy/a.yaml", diagnostics: many }], await context({ lang: "en" })).trimEnd().split("\n");
    expect(lines.filter((line) => line.startsWith("::error "))).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(lines.filter((line) => line.startsWith("::warning "))).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(lines.filter((line) => line.startsWith("policy/a.yaml:"))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^::notice title=privacy-notice::3 problems \(2 errors, 1 warning\) more without annotation/);
  });

  it("writes nothing for a clean run", async () => {
    expect(github([{ file: "policy/a.yaml", diagnostics: [] }], await context())).toBe("");
  });
});

describe("github job summary", () => {
  it("tables every shown finding with escaped pipes, and counts suppressed ones apart", async () => {
    const results = await sampleResults();
    const piped = finding({ message: { nl: "a | b", en: "a | b" } });
    const summary = githubSummary([...results, { file: "policy/a.yaml", diagnostics: [piped] }], await context());
    const rows = summary.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows).toHaveLength(4);
    expect(summary).toContain("| `policy/a.yaml` | 3:2 | fout | a \\| b | `fixture-title` |");
    expect(summary).toContain("✖ 4 problemen (3 fouten, 1 waarschuwing)");
    expect(summary).toContain("1 bevinding(en) onderdrukt");
  });

  it("says so when there is nothing to report", async () => {
    expect(githubSummary([{ file: "policy/a.yaml", diagnostics: [] }], await context({ lang: "en" }))).toContain("No problems found.");
  });
});
