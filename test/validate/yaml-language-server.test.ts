/**
 * Editors: the real yaml-language-server (the engine of the VS Code YAML extension), pointed at
 * schema/policy.schema.json by the policy's first-line comment, reports unknown keys, completes
 * fields and codes, and shows the Dutch and English descriptions on hover.
 */
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient } from "./lsp-client.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const schemaUrl = pathToFileURL(join(root, "schema/policy.schema.json")).href;
const documentUri = pathToFileURL(join(root, "test/fixtures/editor/policy.yaml")).href;

const lines = [
  `# yaml-language-server: $schema=${schemaUrl}`,
  "format: 1",
  "id: voorbeeld",
  "language: nl",
  "title: Privacyverklaring",
  "controller:",
  "  name: Voorbeeld B.V.",
  "  kleur: blauw",
  "introduction:",
  "  text: Wij verwerken persoonsgegevens zorgvuldig.",
  "chapters:",
  "  - id: klant",
  "    title: U bent klant",
  "    ",
  "  - id: bezoeker",
  "    title: U bezoekt onze website",
  "    purposes:",
  "      items:",
  "        - text: uw bestelling leveren",
  "          legalBasis: ",
];
const text = `${lines.join("\n")}\n`;
const at = (needle: string): number => lines.findIndex((line) => line.includes(needle));

interface Diagnostic {
  readonly message: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
}
interface CompletionItem {
  readonly label: string;
}
interface Hover {
  readonly contents: { readonly kind?: string; readonly value: string } | string;
}

const settings = {
  yaml: {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: {},
  },
  http: { proxy: "", proxyStrictSSL: false },
  editor: { tabSize: 2 },
};

describe("yaml-language-server with the policy schema", () => {
  let client: LspClient;

  beforeAll(async () => {
    client = new LspClient(process.execPath, [join(root, "node_modules/yaml-language-server/bin/yaml-language-server"), "--stdio"], root);
    client.onRequest("workspace/configuration", (params) => {
      const items = (params as { items: { section?: string }[] }).items;
      return items.map(({ section }) => (section !== undefined && section in settings ? settings[section as keyof typeof settings] : null));
    });
    client.onRequest("client/registerCapability", () => null);
    client.onRequest("window/workDoneProgress/create", () => null);
    await client.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
          hover: { contentFormat: ["markdown", "plaintext"] },
          publishDiagnostics: {},
        },
      },
    });
    client.notify("initialized", {});
    client.notify("workspace/didChangeConfiguration", { settings });
    client.notify("textDocument/didOpen", { textDocument: { uri: documentUri, languageId: "yaml", version: 1, text } });
  }, 60_000);

  afterAll(async () => {
    await client?.close();
  }, 15_000);

  it("reports an unknown key at the key", async () => {
    const params = (await client.waitForNotification(
      "textDocument/publishDiagnostics",
      (p) => (p as { uri: string; diagnostics: Diagnostic[] }).uri === documentUri && (p as { diagnostics: Diagnostic[] }).diagnostics.length > 0,
      30_000,
    )) as { diagnostics: Diagnostic[] };
    const unknown = params.diagnostics.find((d) => d.message.includes("kleur"));
    expect(unknown, `${JSON.stringify(params.diagnostics)}\n${client.stderr}`).toBeDefined();
    expect(unknown?.message).toMatch(/not allowed/);
    expect(unknown?.range.start).toEqual({ line: at("kleur"), character: 2 });
  });

  it("offers the chapter's fields, such as `purposes`, inside chapters[0]", async () => {
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>("textDocument/completion", {
      textDocument: { uri: documentUri },
      position: { line: at("title: U bent klant") + 1, character: 4 },
    });
    const labels = (Array.isArray(result) ? result : result.items).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(["purposes", "recipients", "retention", "collection", "dataSubjects"]));
    // Fields of other objects do not belong here.
    expect(labels).not.toContain("contactPoints");
  });

  it("offers the legal-basis codes, such as `consent`, at an enum position", async () => {
    const line = at("legalBasis: ");
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>("textDocument/completion", {
      textDocument: { uri: documentUri },
      position: { line, character: (lines[line] ?? "").length },
    });
    const labels = (Array.isArray(result) ? result : result.items).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(["consent", "contract", "legitimate-interest"]));
  });

  it("shows the Dutch and English description when hovering a key", async () => {
    const hover = await client.request<Hover | null>("textDocument/hover", {
      textDocument: { uri: documentUri },
      position: { line: at("title: U bent klant"), character: 6 },
    });
    const contents = typeof hover?.contents === "string" ? hover.contents : (hover?.contents.value ?? "");
    expect(contents).toContain("NL: Titel van het hoofdstuk, zonder nummer");
    expect(contents).toContain("EN: Chapter title, without its number");
  });
});
