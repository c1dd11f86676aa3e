/**
 * The preview's build state, kept in memory for the life of the server: the last good output of
 * every notice, and the rebuild of the policies that changed. It goes through the same stages as
 * `privacy-notice build` (validateAll and lintAll of build.ts, the same document, page, JSON,
 * Markdown and PDF renderers, Eleventy in its render thread), but the render threads stay loaded
 * between rebuilds, only the changed notices are rendered, and the HTML is ready before the PDF.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { sortDiagnostics, ToolError, type Language } from "../diagnostics/index.js";
import { loadPolicyFile, type LoadedPolicy } from "../load/index.js";
import type { Policy } from "../model/index.js";
import { lintAll, resolveSiteConfig, validateAll } from "../render/build.js";
import type { NoticeDocument } from "../render/document/index.js";
import type { NoticePage } from "../render/html/page-model.js";
import type { SiteConfig } from "../render/html/site-config.js";
import { startRenderWorkers, type RenderWorkers } from "../render/workers.js";
import type { BuildProblem, FileFindings } from "./overlay.js";

/** One file of the served site; `body` may be computed on first use. */
export interface ServedFile {
  readonly body: Uint8Array | string | (() => string);
  readonly type: string;
}

/** A file whose text is made once, when first asked for. */
function lazyFile(type: string, make: () => string): ServedFile {
  let text: string | undefined;
  return { type, body: () => (text ??= make()) };
}

export interface SessionOptions {
  /** Absolute paths of the policy files. */
  readonly files: readonly string[];
  readonly cwd: string;
  readonly lang: Language;
  readonly templatesDir?: string | undefined;
  readonly siteConfigFile?: string | undefined;
  /** Where late failures (a PDF) are reported. */
  readonly log?: (text: string) => void;
}

/** What one rebuild did, for the terminal and the page. */
export interface RebuildReport {
  readonly problems: readonly BuildProblem[];
  readonly findings: readonly FileFindings[];
  /** Ids of the notices whose pages were rendered anew. */
  readonly rendered: readonly string[];
  readonly milliseconds: number;
}

/** The last good rendering of one policy file. */
interface NoticeState {
  readonly policy: Policy;
  readonly document: NoticeDocument;
}

const schemaFile = fileURLToPath(new URL("../../schema/notice-json.schema.json", import.meta.url));

/** Rebuilds into memory; serve.ts serves {@link PreviewSession.files}. */
export class PreviewSession {
  /** URL path (`/coface-nl/index.html`) → content of the last good build. */
  readonly files = new Map<string, ServedFile>();
  /** PDFs still rendering, by URL path. */
  readonly #pendingPdfs = new Map<string, Promise<void>>();
  /** PDFs whose notice changed but that have not started rendering yet. */
  readonly #stalePdfs = new Map<string, NoticeDocument>();
  readonly #options: SessionOptions;
  readonly #workers: RenderWorkers;
  readonly #loaded = new Map<string, LoadedPolicy>();
  readonly #notices = new Map<string, NoticeState>();
  #siteConfig: SiteConfig | undefined;
  #scratch: string | undefined;
  #renders = 0;

  constructor(options: SessionOptions) {
    this.#options = options;
    // Eleventy and pdfkit load in their threads now and stay loaded between rebuilds.
    this.#workers = startRenderWorkers(options.files.length);
  }

  /** Rebuilds after `changed` files were saved (all files the first time). */
  async rebuild(changed: ReadonlySet<string>): Promise<RebuildReport> {
    const started = performance.now();
    const { cwd } = this.#options;
    this.#siteConfig ??= await resolveSiteConfig(cwd, this.#options.siteConfigFile);
    this.#scratch ??= await mkdtemp(join(tmpdir(), "privacy-notice-serve-"));

    const problems: BuildProblem[] = [];
    for (const file of changed) {
      try {
        this.#loaded.set(file, await loadPolicyFile(file));
      } catch (error) {
        // An editor may have removed the file for a moment; the next save brings it back.
        if (!(error instanceof ToolError)) throw error;
        this.#loaded.delete(file);
        problems.push({ file, diagnostics: [], text: error.text[this.#options.lang] });
      }
    }
    const checked = await validateAll(this.#options.files.flatMap((file) => this.#loaded.get(file) ?? []));
    const blocked = new Set(checked.filter((entry) => entry.policy === undefined || entry.diagnostics.some((d) => d.severity === "error")).map((entry) => entry.loaded.file));
    for (const entry of checked) {
      if (blocked.has(entry.loaded.file)) problems.push({ file: entry.loaded.file, diagnostics: sortDiagnostics(entry.diagnostics) });
    }
    const valid = checked.filter((entry) => !blocked.has(entry.loaded.file));

    const fresh = valid.filter((entry) => changed.has(entry.loaded.file) || !this.#notices.has(entry.loaded.file));
    // Eleventy works in its thread while this one lints, as in build().
    const rendering = fresh.length === 0
      ? Promise.resolve<string[]>([])
      : this.#render(fresh.map((entry) => ({ file: entry.loaded.file, policy: entry.policy! }))).catch((error: unknown) => {
        if (!(error instanceof ToolError)) throw error;
        problems.push({ file: fresh[0]!.loaded.file, diagnostics: [], text: error.text[this.#options.lang] });
        return [];
      });
    // build() renders only when every policy is valid; here a broken file keeps its last good
    // output and the others go on, so lint (as in build) runs on the valid ones only.
    const [, rendered] = await Promise.all([lintAll(valid, cwd), rendering]);
    const findings = valid.map((entry) => ({ file: entry.loaded.file, diagnostics: sortDiagnostics(entry.diagnostics).filter((d) => !d.suppressed) }));
    return { problems, findings, rendered, milliseconds: performance.now() - started };
  }

  /** Stops the render threads and removes the scratch folder. */
  async close(): Promise<void> {
    await this.#workers.close();
    if (this.#scratch !== undefined) await rm(this.#scratch, { recursive: true, force: true });
  }

  /** Renders the given notices and the list page into {@link files}; PDFs follow later. */
  async #render(fresh: readonly { file: string; policy: Policy }[]): Promise<string[]> {
    const [{ buildNoticeDocument, MarkdownParser }, { renderNoticeJson }, { renderMarkdown }, html, { furnitureFor }] = await Promise.all([
      import("../render/document/index.js"),
      import("../render/json/index.js"),
      import("../render/markdown/index.js"),
      import("../render/html/page-model.js"),
      import("../render/html/site-config.js"),
    ]);
    const staged = fresh.map(({ file, policy }) => {
      const parser = new MarkdownParser();
      const document = buildNoticeDocument(policy, { parser });
      const page: NoticePage = html.noticePage(document, furnitureFor(this.#siteConfig ?? {}, policy.id), parser);
      return { file, policy, parser, document, page };
    });
    const documents = new Map([...this.#notices].map(([file, state]) => [file, state.document]));
    for (const entry of staged) documents.set(entry.file, entry.document);
    const ordered = this.#options.files.flatMap((file) => documents.get(file) ?? []);

    const outDir = join(this.#scratch!, `render-${++this.#renders}`);
    const site = this.#workers.renderSite(staged.map((entry) => entry.page), html.indexPage(ordered), outDir, this.#options.templatesDir);
    site.catch(() => {});
    // JSON and Markdown are made when first asked for: they are not on the way to the reloaded page.
    const data = staged.flatMap(({ policy, parser, document }): [string, ServedFile][] => [
      [`/${policy.id}/${policy.id}.json`, lazyFile("application/json; charset=utf-8", () => renderNoticeJson(policy, document, parser))],
      [`/${policy.id}/${policy.id}.md`, lazyFile("text/markdown; charset=utf-8", () => renderMarkdown(document))],
    ]);
    let pages: (readonly [string, string])[];
    try {
      const written = await site;
      pages = await Promise.all(written.map(async (path) => [urlPathOf(outDir, resolve(path)), await readFile(path, "utf8")] as const));
    } finally {
      // Not awaited: the next rebuild renders into a folder of its own.
      rm(outDir, { recursive: true, force: true }).catch(() => {});
    }
    // Swapped in only once everything rendered, so a failure leaves the last good build whole.
    for (const [urlPath, body] of pages) this.files.set(urlPath, { body, type: "text/html; charset=utf-8" });
    for (const [urlPath, file] of data) this.files.set(urlPath, file);
    if (!this.files.has("/schema/notice-json.schema.json")) {
      this.files.set("/schema/notice-json.schema.json", { body: await readFile(schemaFile, "utf8"), type: "application/schema+json" });
    }
    for (const { file, policy, document } of staged) {
      this.#notices.set(file, { policy, document });
      this.#stalePdfs.set(`/${policy.id}/${policy.id}.pdf`, document);
    }
    return staged.map((entry) => entry.policy.id);
  }

  /**
   * Starts rendering the PDFs of the last rebuild. The server calls it once the pages have had
   * their moment to reload: a PDF takes longer than a page, and the reader is looking at the page.
   */
  renderPdfs(): void {
    for (const urlPath of [...this.#stalePdfs.keys()]) this.#startPdf(urlPath);
  }

  /** Resolves when the newest version of `urlPath` is in {@link files} (at once for non-PDFs). */
  async current(urlPath: string): Promise<void> {
    if (this.#stalePdfs.has(urlPath)) this.#startPdf(urlPath);
    await this.#pendingPdfs.get(urlPath);
  }

  #startPdf(urlPath: string): void {
    const document = this.#stalePdfs.get(urlPath);
    if (document === undefined) return;
    this.#stalePdfs.delete(urlPath);
    const job: Promise<void> = this.#workers.renderPdf(document).then(
      (bytes) => {
        if (this.#pendingPdfs.get(urlPath) === job) this.files.set(urlPath, { body: bytes, type: "application/pdf" });
      },
      (error: unknown) => {
        this.#options.log?.(`privacy-notice: ${urlPath}: ${error instanceof ToolError ? error.text[this.#options.lang] : String(error)}\n`);
      },
    ).finally(() => {
      if (this.#pendingPdfs.get(urlPath) === job) this.#pendingPdfs.delete(urlPath);
    });
    this.#pendingPdfs.set(urlPath, job);
  }
}

function urlPathOf(outDir: string, path: string): string {
  return `/${relative(outDir, path).split(sep).join("/")}`;
}
