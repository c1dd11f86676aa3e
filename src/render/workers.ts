/**
 * The slow renderers of a build run in worker threads: pdfkit (font subsetting) and Eleventy
 * (a large module graph to load). They start loading when the build starts and work while the
 * main thread validates, lints and writes JSON and Markdown. Where no compiled worker exists
 * (tests run the TypeScript sources) the same functions run in the main thread; the output bytes
 * are the same either way.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ToolError, type LocalizedText, type ToolErrorCode } from "../diagnostics/index.js";
import type { NoticeDocument } from "./document/types.js";
import type { IndexPage, NoticePage } from "./html/page-model.js";

export type WorkerJob =
  | { readonly id: number; readonly kind: "pdf"; readonly document: NoticeDocument }
  | {
    readonly id: number;
    readonly kind: "site";
    readonly pages: readonly NoticePage[];
    readonly index: IndexPage;
    readonly outDir: string;
    readonly templatesDir: string | undefined;
  };

export type WorkerResult = { readonly kind: "pdf"; readonly bytes: Uint8Array } | { readonly kind: "site"; readonly files: string[] };

export type WorkerReply =
  | { readonly id: number; readonly result: WorkerResult }
  | { readonly id: number; readonly error: { readonly message: string; readonly code?: ToolErrorCode; readonly text?: LocalizedText } };

export interface RenderWorkers {
  renderPdf(document: NoticeDocument): Promise<Uint8Array>;
  renderSite(pages: readonly NoticePage[], index: IndexPage, outDir: string, templatesDir: string | undefined): Promise<string[]>;
  /** Stops the threads; jobs still running never settle (nobody waits for them any more). */
  close(): Promise<void>;
}

const workerFile = fileURLToPath(new URL("./render-worker.js", import.meta.url));

/**
 * Starts the threads: one for Eleventy and, for PDFs, one per core up to the number of notices
 * (at most four): the main thread is mostly idle once it has linted, waiting for the PDFs.
 * No threads when running from sources.
 */
export function startRenderWorkers(notices: number): RenderWorkers {
  const pdfThreads = Math.max(1, Math.min(4, availableParallelism(), notices));
  return existsSync(workerFile) ? new ThreadedRenderers(pdfThreads) : new InThreadRenderers();
}

class InThreadRenderers implements RenderWorkers {
  async renderPdf(document: NoticeDocument): Promise<Uint8Array> {
    const { renderPdf } = await importOrFail(() => import("./pdf/index.js"), "PDF");
    return renderPdf(document);
  }

  async renderSite(pages: readonly NoticePage[], index: IndexPage, outDir: string, templatesDir: string | undefined): Promise<string[]> {
    const { renderSite } = await importOrFail(() => import("./html/eleventy.js"), "HTML");
    return renderSite(pages, index, outDir, { templatesDir });
  }

  async close(): Promise<void> {}
}

async function importOrFail<T>(load: () => Promise<T>, what: string): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    throw new ToolError("internal", {
      nl: `De ${what}-renderer kan niet worden geladen: ${(cause as Error).message}`,
      en: `The ${what} renderer cannot be loaded: ${(cause as Error).message}`,
    }, { cause });
  }
}

interface Pending {
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: unknown) => void;
}

class ThreadedRenderers implements RenderWorkers {
  readonly #pdf: Worker[];
  readonly #site: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;

  constructor(pdfThreads: number) {
    this.#site = this.#spawn("site");
    this.#pdf = Array.from({ length: pdfThreads }, () => this.#spawn("pdf"));
  }

  async renderPdf(document: NoticeDocument): Promise<Uint8Array> {
    const id = this.#next++;
    // Round robin: notices are alike in size, so the threads stay about equally busy.
    const result = await this.#send(this.#pdf[id % this.#pdf.length]!, { id, kind: "pdf", document });
    return (result as { bytes: Uint8Array }).bytes;
  }

  async renderSite(pages: readonly NoticePage[], index: IndexPage, outDir: string, templatesDir: string | undefined): Promise<string[]> {
    const id = this.#next++;
    const result = await this.#send(this.#site, { id, kind: "site", pages, index, outDir, templatesDir });
    return (result as { files: string[] }).files;
  }

  async close(): Promise<void> {
    this.#pending.clear();
    await Promise.all([this.#site, ...this.#pdf].map((worker) => worker.terminate()));
  }

  #spawn(role: "pdf" | "site"): Worker {
    // Eleventy registers an ESM resolve hook that busts its import cache for files changed while
    // watching. A build imports everything once, and on Node 20 the hook runs in a thread of its
    // own through which every later import of the worker waits; skipping it saves a few hundred ms.
    const env = role === "site" ? { ...process.env, ELEVENTY_SKIP_ESM_RESOLVER: "1" } : process.env;
    const worker = new Worker(workerFile, { workerData: { role }, env });
    worker.on("message", (reply: WorkerReply) => this.#settle(reply));
    worker.on("error", (error) => this.#failAll(error));
    worker.on("exit", (code) => {
      if (code !== 0) this.#failAll(new Error(`A render thread stopped with exit code ${code}`));
    });
    return worker;
  }

  #send(worker: Worker, job: WorkerJob): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.#pending.set(job.id, { resolve, reject });
      worker.postMessage(job);
    });
  }

  #settle(reply: WorkerReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if ("result" in reply) pending.resolve(reply.result);
    else if (reply.error.code && reply.error.text) pending.reject(new ToolError(reply.error.code, reply.error.text));
    else pending.reject(new Error(reply.error.message));
  }

  #failAll(error: unknown): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
