/** Markdown safety: no raw HTML, no links that run code, located inside the string. */
import { describe, expect, it } from "vitest";
import { dangerousScheme } from "../../src/validate/index.js";
import { check, minimal, places } from "./check.js";

/** The minimal policy with its introduction text replaced by `text` (a YAML scalar, as written). */
function withIntroduction(text: string): string {
  return minimal.replace("  text: Wij verwerken persoonsgegevens zorgvuldig.\n", `  text: ${text}\n`);
}

describe("dangerous link addresses", () => {
  it.each([
    ["javascript:alert(1)", "javascript:"],
    ["JaVaScRiPt:alert(1)", "javascript:"],
    ["  javascript:alert(1)", "javascript:"],
    ["java\nscript:alert(1)", "javascript:"],
    ["java\tscript:alert(1)", "javascript:"],
    ["\u0001javascript:alert(1)", "javascript:"],
    ["%6Aavascript:alert(1)", "javascript:"],
    ["VBScript:msgbox(1)", "vbscript:"],
    ["data:text/html;base64,PHNjcmlwdD4=", "data:"],
    ["DATA:image/svg+xml,<svg/onload=alert(1)>", "data:"],
  ])("refuses %j", (url, scheme) => {
    expect(dangerousScheme(url)).toBe(scheme);
  });

  it.each(["https://example.com/javascript:x", "mailto:privacy@example.com", "tel:+31301234567", "#rechten", "/privacy", "javascript-tips.html"])(
    "accepts %j",
    (url) => {
      expect(dangerousScheme(url)).toBeUndefined();
    },
  );
});

describe("markdown safety in a policy", () => {
  it("refuses inline HTML at its column in a plain scalar, suggesting Markdown", () => {
    const { diagnostics } = check(withIntroduction("Wij verwerken <b>uw</b> gegevens."));
    expect(places(diagnostics)).toEqual(["8:23 markdown/raw-html"]);
    expect(diagnostics[0]?.message.nl).toBe(
      "HTML is hier niet toegestaan (`<b>`): schrijf het als Markdown. HTML zou ongefilterd gepubliceerd worden. Gebruik in plaats daarvan **vet**.",
    );
  });

  it("refuses a <script> and says it could run code", () => {
    const { diagnostics } = check(withIntroduction("'Welkom <script>alert(1)</script>'"));
    expect(places(diagnostics)).toEqual(["8:17 markdown/raw-html"]);
    expect(diagnostics[0]?.messageId).toBe("script");
    expect(diagnostics[0]?.message.en).toContain("can run code in the reader's browser");
  });

  it("refuses HTML blocks and comments inside a block scalar, on their own lines", () => {
    const { diagnostics } = check(withIntroduction("|\n    Eerste alinea.\n\n    <!-- interne notitie -->\n\n    <table><tr><td>x</td></tr></table>"));
    expect(places(diagnostics)).toEqual(["11:5 markdown/raw-html", "13:5 markdown/raw-html"]);
  });

  it("finds the column inside a double-quoted scalar with escapes before the problem", () => {
    const { diagnostics } = check(withIntroduction('"Zie \\"voorwaarden\\": <i>nu</i>"'));
    expect(places(diagnostics)).toEqual(["8:31 markdown/raw-html"]);
  });

  it("finds the right occurrence when the same HTML appears twice", () => {
    const { diagnostics } = check(withIntroduction("Eerst <br> en dan nog eens <br> hier."));
    expect(places(diagnostics)).toEqual(["8:15 markdown/raw-html", "8:36 markdown/raw-html"]);
  });

  it("refuses javascript: in links, autolinks, reference definitions and entity-encoded addresses", () => {
    const text = "|\n    [a](javascript:x) <javascript:y> [b][ref] [c](jav&#x61;script:z)\n\n    [ref]: vbscript:w";
    const { diagnostics } = check(withIntroduction(text));
    expect(places(diagnostics)).toEqual([
      "9:9 markdown/unsafe-url",
      "9:24 markdown/unsafe-url",
      "9:51 markdown/unsafe-url",
      "11:12 markdown/unsafe-url",
    ]);
  });

  it("refuses data: images", () => {
    const { diagnostics } = check(withIntroduction('"Logo: ![logo](data:image/svg+xml;base64,PHN2Zz4=)"'));
    expect(places(diagnostics)).toEqual(["8:24 markdown/unsafe-url"]);
    expect(diagnostics[0]?.message.en).toMatch(/^This image uses `data:`\./);
  });

  it("refuses a javascript: address broken over two lines, which is one clean-up away from a link", () => {
    const { diagnostics } = check(withIntroduction('"Klik [hier](java\\nscript:alert(1))."'));
    expect(places(diagnostics)).toEqual(["8:22 markdown/unsafe-url"]);
  });

  it("checks every string of the policy, not only texts", () => {
    const { diagnostics } = check(minimal.replace("    title: U bent klant", "    title: U bent <em>klant</em>"));
    expect(diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["markdown/raw-html", ["chapters", 0, "title"]]]);
  });

  it.each([
    ["a comparison", "Wij bewaren gegevens < 7 jaar en [tussen haken] zonder link."],
    ["a normal link", "Lees [ons beleid](https://example.com/beleid) of mail [ons](mailto:privacy@example.com)."],
    ["HTML shown as code", "Schrijf nooit `<script>` in een tekst."],
    ["the word javascript in running text", "Wij gebruiken geen javascript: alleen HTML-pagina's zonder scripts."],
  ])("accepts %s", (_name, text) => {
    expect(check(withIntroduction(JSON.stringify(text))).diagnostics).toEqual([]);
  });
});
