/**
 * Markdown safety: the texts of a policy are published as HTML, so every string is read with the
 * same parser the renderer uses (unified + remark-parse + remark-gfm). Raw HTML is refused (it
 * would be published unfiltered), and so are links and images whose address runs code or hides
 * content: `javascript:`, `vbscript:` and `data:`, in any case and with the entity, whitespace and
 * line-break tricks browsers forgive.
 */
import { createRequire } from "node:module";
import type { Nodes, Root } from "mdast";
import type { LocalizedText, PolicyPath } from "../diagnostics/index.js";
import { code } from "./words.js";

/** A Markdown problem, located by offsets inside the string value at `path`. */
export interface MarkdownFinding {
  readonly ruleId: "markdown/raw-html" | "markdown/unsafe-url";
  readonly messageId: string;
  readonly message: LocalizedText;
  readonly path: PolicyPath;
  /** 0-based offsets into the string value, end exclusive. */
  readonly start: number;
  readonly end: number;
}

type Parse = (text: string) => Root;
let parser: Parse | undefined;

/**
 * The parser, built on first use. `require` keeps validation synchronous (Node ≥ 20.19 loads these
 * ES modules with require) and means a policy without any `<` or `[` never pays for loading remark.
 */
function parse(text: string): Root {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const { unified } = require("unified") as typeof import("unified");
    const remarkParse = (require("remark-parse") as typeof import("remark-parse")).default;
    const remarkGfm = (require("remark-gfm") as typeof import("remark-gfm")).default;
    const processor = unified().use(remarkParse).use(remarkGfm);
    parser = (input) => processor.parse(input);
  }
  return parser(text);
}

const dangerousSchemes = ["javascript:", "vbscript:", "data:"] as const;

/**
 * The dangerous scheme an address starts with, as a browser would read it: browsers ignore
 * leading spaces and control characters and drop tabs and line breaks anywhere in a URL. The
 * parser has already decoded entities (`jav&#x61;script:`) and backslash escapes.
 */
export function dangerousScheme(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  let decoded = squeezed;
  try {
    decoded = decodeURIComponent(squeezed).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  } catch {
    // Not percent-encoded text; the squeezed form is all there is.
  }
  return dangerousSchemes.find((scheme) => squeezed.startsWith(scheme) || decoded.startsWith(scheme));
}

/** Every Markdown problem in every string of the policy data. */
export function markdownFindings(data: unknown): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  const visit = (value: unknown, path: PolicyPath): void => {
    if (typeof value === "string") {
      // Raw HTML starts with `<`; links, images and definitions need `[` or `<`. Other strings cannot
      // contain either, so parsing them would only cost time.
      if (value.includes("<") || value.includes("[")) findings.push(...checkText(value, path));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  visit(data, []);
  return findings;
}

function checkText(text: string, path: PolicyPath): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  const openTags = new Set<string>();
  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? text.length;
    if (node.type === "html") {
      // `<b>…</b>` is one mistake: report the opening tag, not its closing partner as well.
      const closing = /^<\/([a-z][a-z0-9-]*)/i.exec(node.value)?.[1]?.toLowerCase();
      if (closing === undefined || !openTags.has(closing)) findings.push(rawHtml(node.value, path, start, end));
      const opening = /^<([a-z][a-z0-9-]*)/i.exec(node.value)?.[1]?.toLowerCase();
      if (opening !== undefined) openTags.add(opening);
    } else if (node.type === "link" || node.type === "image" || node.type === "definition") {
      const scheme = dangerousScheme(node.url);
      if (scheme) {
        const at = destinationStart(text, start, end);
        findings.push(unsafeUrl(scheme, node.type === "image", path, at, Math.max(at + 1, end)));
      }
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(parse(text));
  findings.push(...splitLinks(text, path, findings));
  return findings;
}

/** Where the address of a link/image/definition starts in its source, for a precise column. */
function destinationStart(text: string, start: number, end: number): number {
  const source = text.slice(start, end);
  if (source.startsWith("<")) return start + 1;
  const marker = /\]\(\s*<?|\]:\s*<?/.exec(source);
  return marker ? start + marker.index + marker[0].length : start;
}

/**
 * Addresses broken by a line break or spaces (`[x](java⏎script:…)`) are not links to this parser,
 * but they are one whitespace clean-up away from being one; refuse them too.
 */
function splitLinks(text: string, path: PolicyPath, already: readonly MarkdownFinding[]): MarkdownFinding[] {
  const kept: number[] = [];
  let squeezed = "";
  for (let i = 0; i < text.length; i++) {
    if (/[\u0000-\u0020\u007f-\u009f]/.test(text.charAt(i))) continue;
    squeezed += text.charAt(i).toLowerCase();
    kept.push(i);
  }
  const findings: MarkdownFinding[] = [];
  const pattern = /(?:\]\(<?|\]:<?|<)(javascript:|vbscript:|data:)/g;
  for (let match = pattern.exec(squeezed); match; match = pattern.exec(squeezed)) {
    const scheme = match[1] as string;
    const from = kept[match.index + match[0].length - scheme.length] ?? 0;
    const to = (kept[match.index + match[0].length - 1] ?? from) + 1;
    if (already.some((finding) => finding.start <= from && from < finding.end)) continue;
    findings.push(unsafeUrl(scheme, false, path, from, to));
  }
  return findings;
}

/** Markdown that says what an HTML tag wanted, for the common ones. */
const markdownFor: Readonly<Record<string, LocalizedText>> = {
  b: { nl: "**vet**", en: "**bold**" },
  strong: { nl: "**vet**", en: "**bold**" },
  i: { nl: "*cursief*", en: "*italic*" },
  em: { nl: "*cursief*", en: "*italic*" },
  a: { nl: "[linktekst](https://…)", en: "[link text](https://…)" },
  br: { nl: "een nieuwe alinea (lege regel)", en: "a new paragraph (blank line)" },
  p: { nl: "een lege regel tussen alinea's", en: "a blank line between paragraphs" },
  ul: { nl: "regels die beginnen met `- `", en: "lines starting with `- `" },
  li: { nl: "regels die beginnen met `- `", en: "lines starting with `- `" },
};

function rawHtml(html: string, path: PolicyPath, start: number, end: number): MarkdownFinding {
  const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(html)?.[1]?.toLowerCase();
  const instead = tag === undefined ? undefined : markdownFor[tag];
  // Script-like elements, event-handler attributes (`onerror=`) and script addresses run code.
  const script =
    ["script", "iframe", "object", "embed", "style"].includes(tag ?? "") || /\son[a-z]+\s*=|(?:java|vb)script:/i.test(html);
  return {
    ruleId: "markdown/raw-html",
    messageId: script ? "script" : "rawHtml",
    message: {
      nl:
        `HTML is hier niet toegestaan (${code(html)}): schrijf het als Markdown. HTML zou ongefilterd gepubliceerd worden` +
        (script ? " en kan code uitvoeren in de browser van de lezer." : ".") +
        (instead ? ` Gebruik in plaats daarvan ${instead.nl}.` : ""),
      en:
        `HTML is not allowed here (${code(html)}): write it as Markdown. HTML would be published unfiltered` +
        (script ? " and can run code in the reader's browser." : ".") +
        (instead ? ` Use ${instead.en} instead.` : ""),
    },
    path,
    start,
    end: Math.max(start + 1, end),
  };
}

function unsafeUrl(scheme: string, image: boolean, path: PolicyPath, start: number, end: number): MarkdownFinding {
  const what = image ? { nl: "Deze afbeelding", en: "This image" } : { nl: "Deze link", en: "This link" };
  const why =
    scheme === "data:"
      ? {
          nl: "Zo'n adres draagt zijn eigen inhoud mee, die verborgen code kan bevatten, en is daarom niet toegestaan.",
          en: "Such an address carries its own content, which can hide code, so it is not allowed.",
        }
      : {
          nl: "Zo'n adres voert code uit in de browser van de lezer en is daarom niet toegestaan.",
          en: "Such an address runs code in the reader's browser, so it is not allowed.",
        };
  return {
    ruleId: "markdown/unsafe-url",
    messageId: "unsafeUrl",
    message: {
      nl: `${what.nl} gebruikt ${code(scheme)}. ${why.nl} Gebruik een webadres (\`https://…\`) of e-mailadres (\`mailto:…\`).`,
      en: `${what.en} uses ${code(scheme)}. ${why.en} Use a web address (\`https://…\`) or e-mail address (\`mailto:…\`).`,
    },
    path,
    start,
    end,
  };
}
