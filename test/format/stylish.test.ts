import { describe, expect, it } from "vitest";
import stylish from "../../src/format/stylish.js";
import { useColor } from "../../src/cli/commands/lint.js";
import { context, sampleResults } from "./results.js";

const ESC = "\u001b[";

describe("stylish formatter", () => {
  it("groups findings by file in aligned line:column, severity, message, rule-id rows", async () => {
    const output = stylish(await sampleResults(), await context());
    expect(output).not.toContain(ESC);
    expect(output.split("\n")).toEqual([
      "",
      "policy/fietsapp.yaml",
      "  10:11  fout          Doel `account-beheren` heeft geen grondslag        fixture-legal-basis",
      "  13:17  waarschuwing  De tekst van `nieuwsbrief` is te kort (11 tekens)  fixture-short-text",
      "",
      "policy/kapot.yaml",
      "  1:1  fout  Het verplichte veld `controller` ontbreekt  schema/required",
      "",
      "✖ 3 problemen (2 fouten, 1 waarschuwing)",
      "",
    ]);
  });

  it("speaks English with --lang en and uses singular forms", async () => {
    const [, kapot] = await sampleResults();
    const output = stylish([kapot!], await context({ lang: "en" }));
    expect(output).toContain("  1:1  error  The required field `controller` is missing  schema/required\n");
    expect(output).toContain("✖ 1 problem (1 error, 0 warnings)");
  });

  it("colours severities, rule ids and the summary only when asked", async () => {
    const output = stylish(await sampleResults(), await context({ color: true }));
    expect(output).toContain(`${ESC}31mfout${ESC}39m`);
    expect(output).toContain(`${ESC}33mwaarschuwing${ESC}39m`);
    expect(output).toContain(`${ESC}4mpolicy/fietsapp.yaml${ESC}24m`);
    expect(output).toContain(`${ESC}2mfixture-legal-basis${ESC}22m`);
    // Without the escapes it is the same text as the uncoloured output.
    expect(output.replace(/\u001b\[\d+m/g, "")).toBe(stylish(await sampleResults(), await context()));
  });

  it("prints nothing when every finding is suppressed or there are none", async () => {
    const [fietsapp] = await sampleResults();
    const onlySuppressed = { ...fietsapp!, diagnostics: fietsapp!.diagnostics.filter((d) => d.suppressed) };
    expect(onlySuppressed.diagnostics).toHaveLength(1);
    expect(stylish([onlySuppressed], await context())).toBe("");
  });
});

describe("colour choice", () => {
  it("colours a terminal unless NO_COLOR is set or FORCE_COLOR is 0", () => {
    expect(useColor({}, true)).toBe(true);
    expect(useColor({}, false)).toBe(false);
    expect(useColor({ NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor({ NO_COLOR: "" }, true)).toBe(true);
    expect(useColor({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(useColor({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(useColor({ NO_COLOR: "1", FORCE_COLOR: "1" }, true)).toBe(false);
  });
});
