/**
 * Worker thread of a build (see workers.ts). It starts loading its renderer at once (pdfkit, or
 * Eleventy), so that loading overlaps with validation and lint in the main thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ToolError } from "../diagnostics/index.js";
import type { WorkerJob, WorkerReply, WorkerResult } from "./workers.js";

const port = parentPort;
if (port) {
  const role = (workerData as { role: "pdf" | "site" }).role;
  const pdf = role === "pdf" ? import("./pdf/index.js") : undefined;
  const site = role === "site" ? import("./html/eleventy.js") : undefined;
  // Loading failures surface with the first job, as a ToolError of the main thread would.
  pdf?.catch(() => {});
  site?.catch(() => {});

  port.on("message", (job: WorkerJob) => {
    const work = async (): Promise<WorkerResult> => {
      if (job.kind === "pdf") return { kind: "pdf", bytes: await (await pdf!).renderPdf(job.document) };
      const files = await (await site!).renderSite(job.pages, job.index, job.outDir, { templatesDir: job.templatesDir });
      return { kind: "site", files };
    };
    work().then(
      (result) => port.postMessage({ id: job.id, result } satisfies WorkerReply),
      (error: unknown) => {
        const failure = error instanceof ToolError
          ? { message: error.message, code: error.code, text: error.text }
          : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        port.postMessage({ id: job.id, error: failure } satisfies WorkerReply);
      },
    );
  });
}
