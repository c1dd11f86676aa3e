/**
 * Stage 1, load: read a policy file and parse its YAML, keeping ranges and comments. Unreadable
 * input is a ToolError (exit 2); anything wrong with the text itself is a diagnostic (exit 1).
 */
// Synchronous reads: a policy is one small file read once, and node:fs/promises would load its
// own module graph (streams, readline) on every start of `validate` and `lint`.
import { readFileSync, statSync, type Stats } from "node:fs";
import { LineCounter, parseDocument, type Document, type YAMLError } from "yaml";
import { ToolError, type Diagnostic, type LocalizedText } from "../diagnostics/index.js";
import { SourceMap } from "./source-map.js";

/** Policies are a few hundred lines; anything near this is a mistake or an attack. */
export const MAX_POLICY_BYTES = 2 * 1024 * 1024;
/** YAML aliases allowed before a document counts as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface LoadedPolicy {
  /** The path as the user gave it; diagnostics report it unchanged. */
  readonly file: string;
  readonly text: string;
  readonly document: Document | undefined;
  readonly sourceMap: SourceMap | undefined;
  /** The parsed data, or undefined when the YAML could not be turned into data. */
  readonly data: unknown;
  readonly diagnostics: readonly Diagnostic[];
}

export async function loadPolicyFile(file: string): Promise<LoadedPolicy> {
  let info: Stats;
  try {
    info = statSync(file);
  } catch (error) {
    const cause = error as NodeJS.ErrnoException;
    throw cause.code === "ENOENT"
      ? new ToolError("file-not-found", {
          nl: `Bestand niet gevonden: ${file}. Controleer het pad.`,
          en: `File not found: ${file}. Check the path.`,
        }, { cause })
      : unreadable(file, cause);
  }
  if (!info.isFile()) {
    throw new ToolError("not-a-file", {
      nl: `${file} is geen bestand maar een map. Geef een YAML-bestand op, bijvoorbeeld ${file}/policy.yaml.`,
      en: `${file} is a directory, not a file. Pass a YAML file, for example ${file}/policy.yaml.`,
    });
  }
  if (info.size > MAX_POLICY_BYTES) {
    return failed(file, "", "yaml/too-large", {
      nl: `Het bestand is ${formatMegabytes(info.size)} groot; een policy mag hoogstens ${formatMegabytes(MAX_POLICY_BYTES)} zijn. Is dit wel de juiste policy?`,
      en: `The file is ${formatMegabytes(info.size)}; a policy may be at most ${formatMegabytes(MAX_POLICY_BYTES)}. Is this the right policy?`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw unreadable(file, error as NodeJS.ErrnoException);
  }
  return parsePolicyBytes(file, bytes);
}

function unreadable(file: string, cause: NodeJS.ErrnoException): ToolError {
  return new ToolError("unreadable", {
    nl: `Kan ${file} niet lezen (${cause.code ?? cause.message}).`,
    en: `Cannot read ${file} (${cause.code ?? cause.message}).`,
  }, { cause });
}

/** Decodes and parses policy bytes; exported for tests and for sources that are not files. */
export function parsePolicyBytes(file: string, bytes: Uint8Array): LoadedPolicy {
  if (bytes.includes(0)) {
    return failed(file, "", "yaml/binary", {
      nl: "Dit is een binair bestand, geen YAML-tekst. Geef het YAML-bestand van de policy op.",
      en: "This is a binary file, not YAML text. Pass the policy's YAML file.",
    });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return failed(file, "", "yaml/encoding", {
      nl: `Het bestand is geen geldige UTF-8-tekst (ongeldige byte op positie ${offset}). Sla het op als UTF-8.`,
      en: `The file is not valid UTF-8 text (invalid byte at offset ${offset}). Save it as UTF-8.`,
    });
  }
  return parsePolicyText(file, text);
}

export function parsePolicyText(file: string, text: string): LoadedPolicy {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    stringKeys: true,
  });
  const sourceMap = new SourceMap(document, lineCounter, text);
  const diagnostics: Diagnostic[] = [
    ...document.errors.map((error) => yamlDiagnostic(file, sourceMap, error, "error")),
    ...document.warnings.map((error) => yamlDiagnostic(file, sourceMap, error, "warning")),
  ];
  if (document.errors.length > 0) return { file, text, document, sourceMap, data: undefined, diagnostics };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    diagnostics.push({
      file,
      source: "yaml",
      ruleId: "yaml/alias-limit",
      messageId: "aliasLimit",
      severity: "error",
      path: [],
      range: sourceMap.rangeOf(0, 1),
      message: {
        nl: `De YAML gebruikt te veel aliassen (*naam) om veilig in te lezen (${(cause as Error).message}). Schrijf de waarden uit in plaats van ze te herhalen met aliassen.`,
        en: `The YAML uses too many aliases (*name) to load safely (${(cause as Error).message}). Write the values out instead of repeating them through aliases.`,
      },
    });
    return { file, text, document, sourceMap, data: undefined, diagnostics };
  }
  if (data === null || data === undefined) {
    diagnostics.push({
      file,
      source: "yaml",
      ruleId: "yaml/empty",
      messageId: "empty",
      severity: "error",
      path: [],
      range: sourceMap.rangeOf(0, 1),
      message: {
        nl: "Het bestand is leeg. Begin met `format: 1`, `id`, `title`, `language`, `controller`, `introduction` en `chapters`, of maak een nieuwe policy met `privacy-notice init`.",
        en: "The file is empty. Start with `format: 1`, `id`, `title`, `language`, `controller`, `introduction` and `chapters`, or create a new policy with `privacy-notice init`.",
      },
    });
  }
  return { file, text, document, sourceMap, data, diagnostics };
}

function yamlDiagnostic(file: string, sourceMap: SourceMap, error: YAMLError, severity: "error" | "warning"): Diagnostic {
  const [start, end] = error.pos;
  return {
    file,
    source: "yaml",
    ruleId: `yaml/${error.code.toLowerCase().replaceAll("_", "-")}`,
    messageId: error.code,
    severity,
    path: [],
    range: sourceMap.rangeOf(start, end),
    message: yamlMessage(error),
  };
}

/** Plain-words explanations for the YAML errors editors actually make. */
function yamlMessage(error: YAMLError): LocalizedText {
  const detail = error.message.split("\n")[0] ?? error.message;
  switch (error.code) {
    case "DUPLICATE_KEY":
      return {
        nl: "Deze sleutel staat twee keer in dezelfde lijst met velden. Verwijder of hernoem er één; anders zou één van de twee stilzwijgend verloren gaan.",
        en: "This key appears twice in the same mapping. Remove or rename one; otherwise one of them would silently be lost.",
      };
    case "TAB_AS_INDENT":
      return {
        nl: "Inspringen met een tab is in YAML niet toegestaan. Gebruik spaties (twee per niveau).",
        en: "YAML does not allow tabs for indentation. Use spaces (two per level).",
      };
    case "MULTIPLE_DOCS":
      return {
        nl: "Het bestand bevat meer dan één YAML-document (`---`). Zet elke policy in een eigen bestand.",
        en: "The file contains more than one YAML document (`---`). Put each policy in a file of its own.",
      };
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return {
        nl: `De YAML is hier niet goed gevormd: controleer inspringing, dubbele punten en aanhalingstekens. (${detail})`,
        en: `The YAML is malformed here: check indentation, colons and quotes. (${detail})`,
      };
    default:
      return {
        nl: `YAML-fout: ${detail}`,
        en: `YAML error: ${detail}`,
      };
  }
}

function failed(file: string, text: string, ruleId: string, message: LocalizedText): LoadedPolicy {
  return {
    file,
    text,
    document: undefined,
    sourceMap: undefined,
    data: undefined,
    diagnostics: [
      {
        file,
        source: "yaml",
        ruleId,
        messageId: ruleId.slice("yaml/".length),
        severity: "error",
        path: [],
        range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
        message,
      },
    ],
  };
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode (streaming-safe prefix check).
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}
