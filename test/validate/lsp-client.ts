/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC 2.0 with `Content-Length`
 * framing), enough to drive the real yaml-language-server from a test: requests with responses,
 * notifications both ways, and answers to the server's own requests (workspace/configuration).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

interface Message {
  readonly jsonrpc: "2.0";
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

type ServerRequestHandler = (params: unknown) => unknown;

export class LspClient {
  readonly #process: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  readonly #notifications: Message[] = [];
  readonly #waiters: { readonly test: (message: Message) => boolean; readonly resolve: (message: Message) => void }[] = [];
  readonly #handlers = new Map<string, ServerRequestHandler>();
  /** Everything the server wrote to stderr, for failure messages. */
  stderr = "";

  constructor(command: string, args: readonly string[], cwd: string) {
    this.#process = spawn(command, args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.#process.stdout.on("data", (chunk: Buffer) => this.#receive(chunk));
    this.#process.stderr.on("data", (chunk: Buffer) => {
      this.stderr += chunk.toString("utf8");
    });
    this.#process.on("exit", () => {
      for (const { reject } of this.#pending.values()) reject(new Error(`language server exited\n${this.stderr}`));
      this.#pending.clear();
    });
  }

  /** Answers requests the server sends to the client (e.g. `workspace/configuration`). */
  onRequest(method: string, handler: ServerRequestHandler): void {
    this.#handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown, timeoutMs = 15_000): Promise<T> {
    const id = this.#nextId++;
    this.#send({ jsonrpc: "2.0", id, method, params });
    return withTimeout(
      new Promise<unknown>((resolve, reject) => this.#pending.set(id, { resolve, reject })),
      timeoutMs,
      `no response to ${method}`,
    ) as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: "2.0", method, params });
  }

  /** The first notification (already received or still to come) that passes `test`. */
  waitForNotification(method: string, test: (params: unknown) => boolean, timeoutMs = 15_000): Promise<unknown> {
    const matches = (message: Message): boolean => message.method === method && test(message.params);
    const seen = this.#notifications.find(matches);
    if (seen) return Promise.resolve(seen.params);
    return withTimeout(
      new Promise<Message>((resolve) => this.#waiters.push({ test: matches, resolve })).then((message) => message.params),
      timeoutMs,
      `no ${method} notification`,
    );
  }

  /** Sends shutdown/exit and makes sure the process is gone. */
  async close(): Promise<void> {
    if (this.#process.exitCode !== null || this.#process.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.#process.once("exit", () => resolve()));
    try {
      await this.request("shutdown", null, 3_000);
      this.notify("exit", null);
      await withTimeout(exited, 3_000, "server did not exit");
    } catch {
      this.#process.kill("SIGKILL");
      await exited;
    }
  }

  #send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.#process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = /Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString("ascii"))?.[1];
      if (length === undefined) throw new Error("LSP message without Content-Length");
      const start = headerEnd + 4;
      const end = start + Number(length);
      if (this.#buffer.length < end) return;
      const message = JSON.parse(this.#buffer.subarray(start, end).toString("utf8")) as Message;
      this.#buffer = this.#buffer.subarray(end);
      this.#dispatch(message);
    }
  }

  #dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      const handler = this.#handlers.get(message.method);
      this.#send({ jsonrpc: "2.0", id: message.id, result: handler ? handler(message.params) : null });
    } else if (message.method !== undefined) {
      this.#notifications.push(message);
      for (const [index, waiter] of this.#waiters.entries()) {
        if (waiter.test(message)) {
          this.#waiters.splice(index, 1);
          waiter.resolve(message);
          break;
        }
      }
    } else if (typeof message.id === "number") {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
