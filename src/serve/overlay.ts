/**
 * What `serve` adds to the pages it serves, and only to those (the built site stays free of
 * JavaScript): a banner with the errors of a broken save, a panel with the lint findings, and a
 * small script that reloads the page when a newer build exists. Everything lies outside <main>,
 * and every text from a policy or a message is escaped.
 */
import type { Diagnostic, Language } from "../diagnostics/index.js";

/** The path of the Server-Sent Events stream that announces new builds. */
export const EVENTS_PATH = "/__privacy-notice/events";

/** A policy file whose latest save could not be built, with the reasons. */
export interface BuildProblem {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** A failure that is not about one place in the policy (unreadable file, template error). */
  readonly text?: string;
}

/** The lint findings of one policy file (only those shown, not suppressed). */
export interface FileFindings {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface OverlayState {
  /** Increases with every finished rebuild; the page reloads when the server's is newer. */
  readonly generation: number;
  readonly problems: readonly BuildProblem[];
  readonly findings: readonly FileFindings[];
  readonly lang: Language;
  /** Shows a file name as the terminal does (relative to the working directory). */
  readonly displayName: (file: string) => string;
}

const texts = {
  nl: {
    banner: "De laatste wijziging kon niet worden gebouwd; u ziet de vorige geslaagde versie.",
    panel: (count: number) => `Linter: ${count} ${count === 1 ? "bevinding" : "bevindingen"}`,
    none: "Linter: geen bevindingen.",
    severity: { error: "fout", warning: "waarschuwing", info: "info" } as Record<string, string>,
  },
  en: {
    banner: "The latest change could not be built; you see the previous successful version.",
    panel: (count: number) => `Lint: ${count} ${count === 1 ? "finding" : "findings"}`,
    none: "Lint: no findings.",
    severity: { error: "error", warning: "warning", info: "info" } as Record<string, string>,
  },
} as const;

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Adds the banner after `<body…>` and the panel and reload script before `</body>`. */
export function injectOverlay(html: string, state: OverlayState): string {
  const banner = bannerHtml(state);
  const tail = `${panelHtml(state)}\n${reloadScript(state.generation)}\n`;
  const withBanner = banner === "" ? html : html.replace(/<body\b[^>]*>/i, (tag) => `${tag}\n${banner}`);
  const end = withBanner.lastIndexOf("</body>");
  return end === -1 ? withBanner + tail : withBanner.slice(0, end) + tail + withBanner.slice(end);
}

/** A page for when no build has succeeded yet: only the banner and the panel. */
export function placeholderPage(state: OverlayState): string {
  const title = state.lang === "nl" ? "Nog geen geslaagde build" : "No successful build yet";
  return injectOverlay(`<!doctype html>\n<html lang="${state.lang}">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n</body>\n</html>\n`, state);
}

function bannerHtml(state: OverlayState): string {
  if (state.problems.length === 0) return "";
  const words = texts[state.lang];
  const items = state.problems.flatMap((problem) => {
    const name = escapeHtml(state.displayName(problem.file));
    const lines = problem.diagnostics
      .filter((diagnostic) => diagnostic.severity === "error")
      .map((diagnostic) => `${name}:${diagnostic.range.start.line}:${diagnostic.range.start.column} ${escapeHtml(diagnostic.message[state.lang])} (${escapeHtml(diagnostic.ruleId)})`);
    if (problem.text !== undefined) lines.push(`${name}: ${escapeHtml(problem.text)}`);
    return lines.map((line) => `<li>${line}</li>`);
  });
  return `<div id="privacy-notice-banner" role="alert" style="${boxStyle}background:#fde8e8;border:3px solid #b00020;color:#400;">`
    + `<strong>${escapeHtml(words.banner)}</strong><ul>${items.join("")}</ul></div>`;
}

function panelHtml(state: OverlayState): string {
  const words = texts[state.lang];
  const rows = state.findings.flatMap((entry) =>
    entry.diagnostics.map((diagnostic) =>
      `<li>${escapeHtml(state.displayName(entry.file))}:${diagnostic.range.start.line}:${diagnostic.range.start.column} `
      + `<strong>${escapeHtml(words.severity[diagnostic.severity] ?? diagnostic.severity)}</strong> `
      + `${escapeHtml(diagnostic.message[state.lang])} <code>${escapeHtml(diagnostic.ruleId)}</code></li>`));
  const heading = rows.length === 0 ? words.none : words.panel(rows.length);
  return `<aside id="privacy-notice-lint" aria-label="${escapeHtml(heading)}" style="${boxStyle}background:#fff8e1;border:2px solid #8a6d00;color:#222;">`
    + `<details${rows.length > 0 ? " open" : ""}><summary>${escapeHtml(heading)}</summary><ul>${rows.join("")}</ul></details></aside>`;
}

const boxStyle = "font:15px/1.4 system-ui,sans-serif;margin:1rem;padding:0.75rem 1rem;border-radius:6px;";

/**
 * Shows the newer build when the server announces one (it sends its current one on connect too,
 * so a build finished between page load and connect is not missed). The new page is fetched and
 * swapped in without a navigation, which is quicker and keeps the scroll position; if that fails,
 * the page reloads. Scripts in the fetched page do not run, so this one stays the only listener.
 */
function reloadScript(generation: number): string {
  return `<script id="privacy-notice-reload" data-generation="${generation}">(() => {
  let shown = ${generation};
  let latest = shown;
  let busy = false;
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  const update = async () => {
    busy = true;
    try {
      const response = await fetch(location.href, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const next = new DOMParser().parseFromString(await response.text(), "text/html");
      shown = Number(next.getElementById("privacy-notice-reload")?.dataset.generation);
      if (Number.isNaN(shown)) throw new Error("not a preview page");
      document.head.replaceWith(document.adoptNode(next.head));
      document.body.replaceWith(document.adoptNode(next.body));
    } catch {
      events.close();
      location.reload();
      return;
    }
    busy = false;
    if (latest !== shown) void update();
  };
  events.addEventListener("build", (event) => {
    latest = Number(event.data);
    if (latest !== shown && !busy) void update();
  });
})();</script>`;
}
