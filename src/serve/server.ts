/**
 * `privacy-notice serve`: a local preview. An HTTP server (loopback by default) serves the site
 * from memory (never the user's dist/), rebuilds when a policy file is saved, and tells the open
 * pages over Server-Sent Events, upon which they show the new build (overlay.ts). Lint findings
 * and build errors go to the terminal (stylish) and to the served pages; a broken save keeps the
 * last good build.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import { ToolError, type Language } from "../diagnostics/index.js";
import type { LintResult } from "../format/index.js";
import { relativePath } from "../format/common.js";
import { toolVersion } from "../version.js";
import { EVENTS_PATH, injectOverlay, placeholderPage, type OverlayState } from "./overlay.js";
import { PreviewSession, type RebuildReport } from "./session.js";
import { watchFiles, type StopWatching } from "./watch.js";

/** How long after announcing a build its PDFs start rendering (a request for one starts it at once). */
const PDF_DELAY_MS = 300;

export interface ServeOptions {
  /** Policy files, relative to `cwd` or absolute; by default every `policy/*.yaml`. */
  readonly files?: readonly string[];
  readonly port: number;
  readonly host: string;
  readonly lang: Language;
  readonly cwd?: string;
  readonly templatesDir?: string | undefined;
  readonly siteConfigFile?: string | undefined;
  /** Where build reports go (stderr in the CLI). */
  readonly log?: (text: string) => void;
  /** ANSI colours in the build reports. */
  readonly color?: boolean;
}

/** A running preview. */
export interface PreviewServer {
  /** The address of the list page, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  /** Resolves after the first build (good or not). */
  readonly ready: Promise<void>;
  /** Stops watching, closes the connections and the render threads. */
  close(): Promise<void>;
}

/**
 * Starts the server and the first build. Throws ToolError (exit 2) when the port is taken or
 * cannot be used.
 */
export async function startPreview(options: ServeOptions): Promise<PreviewServer> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? ((text: string) => process.stderr.write(text));
  const lang = options.lang;
  const named = options.files && options.files.length > 0 ? options.files : await (await import("../render/build.js")).defaultPolicyFiles(cwd);
  const files = [...new Set(named.map((file) => resolve(cwd, file)))];

  const clients = new Set<ServerResponse>();
  let overlay: OverlayState = {
    generation: 0,
    problems: [],
    findings: [],
    lang,
    displayName: (file) => relativePath(file, cwd) ?? file,
  };
  let session: PreviewSession | undefined;
  let ready: Promise<void> = Promise.resolve();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://preview").pathname);
    if (path === EVENTS_PATH) {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(`retry: 500\nevent: build\ndata: ${overlay.generation}\n\n`);
      clients.add(response);
      request.on("close", () => clients.delete(response));
      return;
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    await ready;
    const current = session!;
    const key = path.endsWith("/") ? `${path}index.html` : path;
    await current.current(key);
    const file = current.files.get(key);
    if (file === undefined) {
      if (current.files.has(`${key}/index.html`)) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      if (key === "/index.html") {
        send(response, 200, "text/html; charset=utf-8", placeholderPage(overlay), request.method);
        return;
      }
      send(response, 404, "text/plain; charset=utf-8", lang === "nl" ? `Niet gevonden: ${path}\n` : `Not found: ${path}\n`, request.method);
      return;
    }
    const content = typeof file.body === "function" ? file.body() : file.body;
    const body = file.type.startsWith("text/html") ? injectOverlay(String(content), overlay) : content;
    send(response, 200, file.type, body, request.method);
  }

  await listen(server, options.port, options.host, lang);
  session = new PreviewSession({ files, cwd, lang, templatesDir: options.templatesDir, siteConfigFile: options.siteConfigFile, log });

  // One rebuild at a time; saves during a rebuild are collected for the next one.
  let queued = new Set<string>();
  let pdfTimer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const rebuild = (changed: Set<string>): Promise<void> => {
    for (const file of changed) queued.add(file);
    running ??= (async () => {
      while (queued.size > 0) {
        const batch = queued;
        queued = new Set();
        const report = await session!.rebuild(batch).catch((error: unknown) => failureReport(error, [...batch], lang));
        overlay = { ...overlay, generation: overlay.generation + 1, problems: report.problems, findings: report.findings };
        for (const client of clients) client.write(`event: build\ndata: ${overlay.generation}\n\n`);
        log(await terminalReport(report, cwd, lang, options.color === true));
        // The PDFs wait until the pages have reloaded, so that they do not compete for the CPU.
        clearTimeout(pdfTimer);
        pdfTimer = setTimeout(() => session?.renderPdfs(), PDF_DELAY_MS);
      }
      running = undefined;
    })();
    return running;
  };
  ready = rebuild(new Set(files));
  const stopWatching: StopWatching = watchFiles(files, (changed) => void rebuild(changed));

  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    ready,
    async close() {
      stopWatching();
      clearTimeout(pdfTimer);
      for (const client of clients) client.end();
      clients.clear();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await session?.close();
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, method: string | undefined): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  response.writeHead(status, { "content-type": type, "content-length": bytes.byteLength, "cache-control": "no-store" });
  response.end(method === "HEAD" ? undefined : bytes);
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string, lang: Language): Promise<void> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const where = `${host}:${port}`;
      fail(error.code === "EADDRINUSE"
        ? new ToolError("usage", {
          nl: `Poort ${port} is al in gebruik (${where}). Stop het andere programma of kies een andere poort met --port.`,
          en: `Port ${port} is already in use (${where}). Stop the other program or choose another port with --port.`,
        }, { cause: error })
        : new ToolError("usage", {
          nl: `Kan niet luisteren op ${where}: ${error.code ?? error.message}. Kies een ander adres met --host of --port.`,
          en: `Cannot listen on ${where}: ${error.code ?? error.message}. Choose another address with --host or --port.`,
        }, { cause: error }));
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      done();
    });
  });
}

/** A rebuild that failed as a whole (a tool error, e.g. the site configuration) keeps the last build. */
function failureReport(error: unknown, files: readonly string[], lang: Language): RebuildReport {
  const text = error instanceof ToolError ? error.text[lang] : error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { problems: [{ file: files[0] ?? "", diagnostics: [], text }], findings: [], rendered: [], milliseconds: 0 };
}

/** The terminal's view of a rebuild: stylish findings and errors, then one status line. */
async function terminalReport(report: RebuildReport, cwd: string, lang: Language, color: boolean): Promise<string> {
  const stylish = (await import("../format/stylish.js")).default;
  const results: LintResult[] = [
    ...report.problems.map((problem) => ({ file: problem.file, policyId: undefined, diagnostics: problem.diagnostics })),
    ...report.findings.map((entry) => ({ file: entry.file, policyId: undefined, diagnostics: entry.diagnostics })),
  ];
  let text = stylish(results, { cwd, lang, rules: {}, toolVersion, color });
  for (const problem of report.problems) {
    if (problem.text !== undefined) text += `privacy-notice: ${relativePath(problem.file, cwd) ?? problem.file}: ${problem.text}\n`;
  }
  const ms = Math.round(report.milliseconds);
  const list = report.rendered.join(", ");
  if (report.problems.length > 0) {
    text += lang === "nl"
      ? `privacy-notice: de wijziging kon niet worden gebouwd; de vorige versie blijft zichtbaar (${ms} ms).\n`
      : `privacy-notice: the change could not be built; the previous version stays visible (${ms} ms).\n`;
  }
  if (list !== "") text += lang === "nl" ? `privacy-notice: opnieuw gebouwd in ${ms} ms: ${list}.\n` : `privacy-notice: rebuilt in ${ms} ms: ${list}.\n`;
  return text;
}
