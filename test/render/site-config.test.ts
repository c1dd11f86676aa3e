import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { siteConfigProblems, siteConfigSchema } from "../../src/render/html/site-config.js";

const validate = new Ajv({ allErrors: true, strict: true }).compile(siteConfigSchema);

const samples: readonly [string, unknown][] = [
  ["empty", {}],
  ["header and footer", { header: "Kop", footer: "Voet" }],
  ["a call to action", { callToAction: [{ title: "Advies?", text: "Bel ons." }] }],
  ["per notice", { notices: { "coface-nl": { callToAction: [{ title: "A", text: "B" }] } } }],
  ["unknown key", { banner: "ja" }],
  ["call to action without text", { callToAction: [{ title: "Zonder tekst" }] }],
  ["call to action with an extra key", { callToAction: [{ title: "A", text: "B", url: "x" }] }],
  ["call to action not a list", { callToAction: { title: "A", text: "B" } }],
  ["empty header", { header: "" }],
  ["header not text", { header: 3 }],
  ["title too long", { callToAction: [{ title: "x".repeat(301), text: "B" }] }],
  ["bad notice id", { notices: { "Coface NL": {} } }],
  ["notices inside notices", { notices: { a: { notices: {} } } }],
  ["notice furniture not an object", { notices: { a: "x" } }],
  ["not an object", ["header"]],
];

describe("site configuration check", () => {
  it.each(samples)("agrees with the JSON Schema (checked by ajv) on: %s", (_name, data) => {
    expect(siteConfigProblems(data).length === 0).toBe(validate(data));
  });

  it("names the unknown key and the missing field", () => {
    expect(siteConfigProblems({ banner: "ja", callToAction: [{ title: "Zonder tekst" }] })).toEqual([
      "/ must NOT have additional properties (banner)",
      "/callToAction/0 must have required property 'text'",
    ]);
  });
});
