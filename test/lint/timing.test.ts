import { describe, expect, it } from "vitest";
import { timingLimit, timingTable } from "../../src/lint/timing.js";

describe("TIMING", () => {
  it("is off when unset, empty or 0, lists all rules for `all`, a count, or ten", () => {
    expect(timingLimit(undefined, 74)).toBeUndefined();
    expect(timingLimit("", 74)).toBeUndefined();
    expect(timingLimit("0", 74)).toBeUndefined();
    expect(timingLimit("all", 74)).toBe(74);
    expect(timingLimit("25", 74)).toBe(25);
    expect(timingLimit("1", 74)).toBe(10);
    expect(timingLimit("yes", 74)).toBe(10);
  });

  it("lists the slowest rules first with their share of the total, in aligned columns", () => {
    const table = timingTable(new Map([["b-rule", 1], ["a-slow-rule", 3], ["c", 0]]), 2);
    expect(table).toBe(
      [
        "Rule        | Time (ms) | Relative",
        ":-----------|----------:|--------:",
        "a-slow-rule |     3.000 |    75.0%",
        "b-rule      |     1.000 |    25.0%",
        "",
      ].join("\n"),
    );
  });
});
