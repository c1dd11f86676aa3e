/**
 * Flattens mdast phrasing content (text, strong, emphasis, links…) into styled runs, the unit
 * pdfkit can write as `continued` text. Raw HTML stays literal text: nothing in a PDF executes it.
 */
import type { PhrasingContent } from "mdast";
import type { RenderContext } from "./context.js";
import { linkTarget, type LinkTarget } from "./links.js";

export interface RunStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly mono: boolean;
  readonly strike: boolean;
}

export interface Run {
  readonly text: string;
  readonly style: RunStyle;
  readonly link: LinkTarget | undefined;
}

export const plainStyle: RunStyle = { bold: false, italic: false, mono: false, strike: false };

// Control characters have no glyph; they would print as .notdef boxes.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Markdown whitespace (not NBSP, which the author meant).
const SPACES = /[ \t\r\n]+/g;

/** Collects the runs of `nodes`, whitespace collapsed as Markdown renders it. */
export function inlineRuns(ctx: RenderContext, nodes: readonly PhrasingContent[], style: RunStyle = plainStyle): Run[] {
  const runs: Run[] = [];
  collect(ctx, nodes, style, undefined, runs);
  return tidy(runs);
}

function collect(
  ctx: RenderContext,
  nodes: readonly PhrasingContent[],
  style: RunStyle,
  link: LinkTarget | undefined,
  out: Run[],
): void {
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out.push({ text: node.value.replace(CONTROL, "").replace(SPACES, " "), style, link });
        break;
      case "html":
        out.push({ text: node.value.replace(CONTROL, "").replace(SPACES, " "), style, link });
        break;
      case "inlineCode":
        out.push({ text: node.value.replace(CONTROL, ""), style: { ...style, mono: true }, link });
        break;
      case "break":
        out.push({ text: "\n", style, link });
        break;
      case "strong":
        collect(ctx, node.children, { ...style, bold: true }, link, out);
        break;
      case "emphasis":
        collect(ctx, node.children, { ...style, italic: true }, link, out);
        break;
      case "delete":
        collect(ctx, node.children, { ...style, strike: true }, link, out);
        break;
      case "link":
        collect(ctx, node.children, style, link ?? linkTarget(node.url, ctx.anchors), out);
        break;
      case "linkReference": {
        const url = ctx.definitions.get(node.identifier.toLowerCase());
        const target = url === undefined ? undefined : linkTarget(url, ctx.anchors);
        collect(ctx, node.children, style, link ?? target, out);
        break;
      }
      case "image":
      case "imageReference":
        // A PDF notice carries no remote images; the alternative text stands in.
        if (node.alt) out.push({ text: node.alt.replace(SPACES, " "), style, link });
        break;
      case "footnoteReference":
        out.push({ text: `[${node.label ?? node.identifier}]`, style, link });
        break;
      default:
        break;
    }
  }
}

function sameFormat(a: Run, b: Run): boolean {
  return (
    a.style.bold === b.style.bold &&
    a.style.italic === b.style.italic &&
    a.style.mono === b.style.mono &&
    a.style.strike === b.style.strike &&
    sameTarget(a.link, b.link)
  );
}

function sameTarget(a: LinkTarget | undefined, b: LinkTarget | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind === "uri" && b.kind === "uri") return a.uri === b.uri;
  if (a.kind === "anchor" && b.kind === "anchor") return a.name === b.name;
  return false;
}

/**
 * Merges neighbours with the same format, drops doubled spaces at run borders and trims the
 * paragraph. The last run must hold text: pdfkit only ends the line of a `continued` paragraph
 * when its final fragment draws something.
 */
function tidy(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const previous = merged.at(-1);
    let text = run.text;
    if (previous && /[ \n]$/.test(previous.text)) text = text.replace(/^ +/, "");
    if (text === "") continue;
    if (previous && sameFormat(previous, run)) {
      merged[merged.length - 1] = { ...previous, text: previous.text + text };
    } else {
      merged.push({ ...run, text });
    }
  }
  const first = merged[0];
  if (first) merged[0] = { ...first, text: first.text.replace(/^[ \n]+/, "") };
  while (merged.length > 0) {
    const last = merged[merged.length - 1]!;
    const text = last.text.replace(/[ \n]+$/, "");
    if (text !== "") {
      merged[merged.length - 1] = { ...last, text };
      break;
    }
    merged.pop();
  }
  return merged.filter((run) => run.text !== "");
}

/** The plain text of runs, for measuring and for link descriptions. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}

/** Runs for a plain string (headings, furniture), cleaned like Markdown text. */
export function textRuns(text: string, style: RunStyle = plainStyle): Run[] {
  return tidy([{ text: text.replace(CONTROL, "").replace(SPACES, " "), style, link: undefined }]);
}
