import { describe, expect, it } from "vitest";
import json, { type JsonResult } from "../../src/format/json.js";
import { CWD, context, sampleResults } from "./results.js";

describe("json formatter", () => {
  it("uses ESLint's result shape with 1-based positions, severities 1|2 and the JSON pointer", async () => {
    const output = JSON.parse(json(await sampleResults(), await context())) as JsonResult[];
    expect(output.map((result) => result.filePath)).toEqual([`${CWD}/policy/fietsapp.yaml`, `${CWD}/policy/kapot.yaml`]);
    const [fietsapp] = output;
    expect(fietsapp).toMatchObject({ errorCount: 1, warningCount: 1 });
    expect(fietsapp?.messages).toEqual([
      {
        ruleId: "fixture-legal-basis",
        severity: 2,
        message: "Doel `account-beheren` heeft geen grondslag.",
        messageId: "missing",
        line: 10,
        column: 11,
        endLine: 10,
        endColumn: 30,
        path: "/chapters/0/purposes/items/0",
      },
      expect.objectContaining({ ruleId: "fixture-short-text", severity: 1, path: "/chapters/0/purposes/items/1/text" }),
    ]);
  });

  it("keeps suppressed findings apart, with their suppressions, and does not count them", async () => {
    const [fietsapp, kapot] = JSON.parse(json(await sampleResults(), await context())) as JsonResult[];
    expect(fietsapp?.suppressedMessages).toEqual([
      expect.objectContaining({ ruleId: "fixture-title", suppressions: [{ kind: "inline", justification: "werktitel: de naam is nog geheim" }] }),
    ]);
    expect(fietsapp?.messages.some((message) => message.ruleId === "fixture-title")).toBe(false);
    expect(kapot?.suppressedMessages).toEqual([]);
  });

  it("writes messages in the chosen language", async () => {
    const [fietsapp] = JSON.parse(json(await sampleResults(), await context({ lang: "en" }))) as JsonResult[];
    expect(fietsapp?.messages[0]?.message).toBe("Purpose `account-beheren` has no legal basis.");
  });
});
