import { describe, expect, it } from "vitest";
import { lintPolicy } from "../../src/lint/engine.js";
import { parseDirectives } from "../../src/lint/directives.js";
import { fixtureRules } from "../fixtures/rules/index.js";
import { baseWith, inputFromText, lineOf } from "../fixtures/rules/policy.js";

const TITLE = "title: Privacyverklaring Fietsapp";
const TODO_TITLE = "title: Privacyverklaring Fietsapp TODO";

async function lintText(text: string) {
  const { loaded, policy } = inputFromText(text);
  return lintPolicy({ loaded, policy, rules: fixtureRules });
}

describe("privacy-notice-disable-next-line", () => {
  it("suppresses a finding on the next line and keeps it with its justification", async () => {
    const diagnostics = await lintText(baseWith(TITLE, `# privacy-notice-disable-next-line fixture-title -- werktitel tot de lancering\n${TODO_TITLE}`));
    const title = diagnostics.filter((d) => d.ruleId === "fixture-title");
    expect(title).toHaveLength(1);
    expect(title[0]?.suppressed).toEqual({ kind: "inline", justification: "werktitel tot de lancering" });
    expect(diagnostics.filter((d) => d.source === "directive")).toEqual([]);
  });

  it("skips blank and comment lines to find the line it applies to", async () => {
    const text = baseWith(TITLE, `# privacy-notice-disable-next-line fixture-title -- werktitel\n\n# nog een opmerking\n${TODO_TITLE}`);
    const diagnostics = await lintText(text);
    expect(diagnostics.find((d) => d.ruleId === "fixture-title")?.suppressed?.justification).toBe("werktitel");
  });

  it("does not suppress findings on other lines", async () => {
    const text = baseWith("id: fietsapp", "# privacy-notice-disable-next-line fixture-title -- werktitel\nid: fietsapp").replace(TITLE, TODO_TITLE);
    const diagnostics = await lintText(text);
    const title = diagnostics.find((d) => d.ruleId === "fixture-title");
    expect(title?.suppressed).toBeUndefined();
    const unused = diagnostics.find((d) => d.ruleId === "directive/unused");
    expect(unused).toMatchObject({ severity: "warning", source: "directive" });
    expect(unused?.message.en).toContain(`on line ${lineOf(text, "id: fietsapp")}`);
  });

  it("accepts several comma-separated rule ids and works as a trailing comment", async () => {
    const text = baseWith(TITLE, `format: 1 # privacy-notice-disable-next-line fixture-legal-basis, fixture-title -- concept\n${TODO_TITLE}`).replace(
      "format: 1\n",
      "",
    );
    const diagnostics = await lintText(text);
    expect(diagnostics.find((d) => d.ruleId === "fixture-title")?.suppressed).toBeDefined();
    // fixture-legal-basis reports nothing there: that part of the directive is unused, at the id itself.
    const unused = diagnostics.filter((d) => d.ruleId === "directive/unused");
    expect(unused).toHaveLength(1);
    expect(unused[0]?.message.en).toContain('"fixture-legal-basis"');
    const line = text.split("\n")[unused[0]!.range.start.line - 1] ?? "";
    expect(line.slice(unused[0]!.range.start.column - 1, unused[0]!.range.end.column - 1)).toBe("fixture-legal-basis");
  });

  it("requires a reason: without one it reports directive/missing-reason and suppresses nothing", async () => {
    const diagnostics = await lintText(baseWith(TITLE, `# privacy-notice-disable-next-line fixture-title\n${TODO_TITLE}`));
    expect(diagnostics.find((d) => d.ruleId === "fixture-title")?.suppressed).toBeUndefined();
    expect(diagnostics.find((d) => d.ruleId === "directive/missing-reason")).toMatchObject({ severity: "error", messageId: "missingReason" });
    const empty = await lintText(baseWith(TITLE, `# privacy-notice-disable-next-line fixture-title --   \n${TODO_TITLE}`));
    expect(empty.some((d) => d.ruleId === "directive/missing-reason")).toBe(true);
  });

  it("reports an unknown rule id with a suggestion", async () => {
    const diagnostics = await lintText(baseWith(TITLE, `# privacy-notice-disable-next-line fixture-titel -- werktitel\n${TODO_TITLE}`));
    const unknown = diagnostics.find((d) => d.ruleId === "directive/unknown-rule");
    expect(unknown?.severity).toBe("error");
    expect(unknown?.message.en).toContain('Did you mean "fixture-title"?');
    expect(unknown?.message.nl).toContain('Bedoelt u "fixture-title"?');
    expect(diagnostics.find((d) => d.ruleId === "fixture-title")?.suppressed).toBeUndefined();
  });

  it("reports a directive that names no rule", async () => {
    const diagnostics = await lintText(baseWith(TITLE, `# privacy-notice-disable-next-line -- alles\n${TODO_TITLE}`));
    expect(diagnostics.some((d) => d.ruleId === "directive/missing-rule")).toBe(true);
  });
});

describe("privacy-notice-disable-file", () => {
  it("suppresses every finding of the named rule in the file", async () => {
    const fragment = baseWith(
      "          legalBasis: contract\n",
      "",
    ).replace("          legalBasis: consent\n", "");
    const text = `# privacy-notice-disable-file fixture-legal-basis -- concept, grondslagen volgen\n${fragment}`;
    const diagnostics = await lintText(text);
    const basis = diagnostics.filter((d) => d.ruleId === "fixture-legal-basis");
    expect(basis).toHaveLength(2);
    expect(basis.every((d) => d.suppressed?.justification === "concept, grondslagen volgen")).toBe(true);
    expect(diagnostics.filter((d) => d.source === "directive")).toEqual([]);
  });

  it("is reported as unused when the rule finds nothing in the file", async () => {
    const diagnostics = await lintText(`# privacy-notice-disable-file fixture-title -- werktitel\n${baseWith(TITLE, TITLE)}`);
    expect(diagnostics.find((d) => d.ruleId === "directive/unused")?.message.en).toContain("in this file");
  });
});

describe("parseDirectives", () => {
  it("ignores directive-like text inside a block scalar or a quoted string", () => {
    const text = baseWith(
      "introduction:\n  text: |\n",
      "introduction:\n  text: |\n    # privacy-notice-disable-file fixture-title -- dit is tekst\n",
    ).replace(TITLE, `title: "Titel # privacy-notice-disable-file fixture-title -- ook tekst"`);
    const { loaded } = inputFromText(text);
    expect(parseDirectives(loaded.text, loaded.document, loaded.sourceMap)).toEqual([]);
  });

  it("returns the directive's range, ids, reason and target line", () => {
    const text = baseWith(TITLE, `  # privacy-notice-disable-next-line fixture-title -- reden -- met streepjes\n${TITLE}`);
    const { loaded } = inputFromText(text);
    const [directive] = parseDirectives(loaded.text, loaded.document, loaded.sourceMap);
    const line = lineOf(text, "privacy-notice-disable-next-line");
    expect(directive).toMatchObject({
      kind: "disable-next-line",
      reason: "reden -- met streepjes",
      targetLine: line + 1,
      range: { start: { line, column: 3 } },
    });
    expect(directive?.ruleIds.map((id) => id.id)).toEqual(["fixture-title"]);
  });
});
