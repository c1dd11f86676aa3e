import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.js";
import { injectOverlay, type OverlayState } from "../../src/serve/overlay.js";

const page = "<!doctype html>\n<html lang=\"nl\">\n<head><title>t</title></head>\n<body class=\"x\">\n<main id=\"melding\"><p>Tekst</p></main>\n</body>\n</html>\n";

function finding(message: string, severity: Diagnostic["severity"]): Diagnostic {
  return {
    file: "/tmp/p.yaml",
    source: "rule",
    ruleId: "demo-rule",
    messageId: "demo",
    severity,
    path: ["title"],
    range: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
    message: { nl: message, en: message },
  };
}

function state(overrides: Partial<OverlayState>): OverlayState {
  return { generation: 7, problems: [], findings: [], lang: "nl", displayName: (file) => file.replace("/tmp/", ""), ...overrides };
}

describe("the preview overlay", () => {
  it("escapes policy text in the banner and the panel, so a message cannot add markup", () => {
    const hostile = "<img src=x onerror=alert(1)> & \"quotes\"";
    const html = injectOverlay(page, state({
      problems: [{ file: "/tmp/p.yaml", diagnostics: [finding(hostile, "error")] }],
      findings: [{ file: "/tmp/p.yaml", diagnostics: [finding(hostile, "warning")] }],
    }));
    expect(html).not.toContain("<img");
    expect(html.match(/&#60;img src=x onerror=alert\(1\)&#62; &#38; &#34;quotes&#34;/g)).toHaveLength(2);
    expect(html).toContain("p.yaml:3:5");
  });

  it("puts the banner first in <body>, the panel and the reload script last, all outside <main>", () => {
    const html = injectOverlay(page, state({ problems: [{ file: "/tmp/p.yaml", diagnostics: [], text: "weg" }] }));
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(main).toBe("<main id=\"melding\"><p>Tekst</p>");
    expect(html.indexOf("privacy-notice-banner")).toBeGreaterThan(html.indexOf("<body class=\"x\">"));
    expect(html.indexOf("privacy-notice-banner")).toBeLessThan(html.indexOf("<main"));
    expect(html.indexOf("privacy-notice-lint")).toBeGreaterThan(html.indexOf("</main>"));
    expect(html.indexOf("privacy-notice-reload")).toBeLessThan(html.indexOf("</body>"));
    expect(html).toContain('data-generation="7"');
  });

  it("has no banner when the last save built, and says when lint found nothing", () => {
    const html = injectOverlay(page, state({ findings: [{ file: "/tmp/p.yaml", diagnostics: [] }] }));
    expect(html).not.toContain("privacy-notice-banner");
    expect(html).toContain("Linter: geen bevindingen.");
  });
});
