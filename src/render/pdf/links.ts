/**
 * Links: which targets may become annotations, and tagging of the annotations pdfkit makes.
 * A link with any other scheme (javascript:, data:, file:, relative paths without a base) keeps
 * its text and loses the annotation, so the PDF can never carry a script or local-file action.
 */
import type { RenderContext } from "./context.js";

export type LinkTarget =
  { readonly kind: "uri"; readonly uri: string } | { readonly kind: "anchor"; readonly name: string };

const SAFE_SCHEMES: ReadonlySet<string> = new Set(["http:", "https:", "mailto:", "tel:"]);

/** The annotation target for a Markdown href, or undefined when the link must stay plain text. */
export function linkTarget(href: string, anchors: ReadonlySet<string>): LinkTarget | undefined {
  const trimmed = href.trim();
  if (trimmed.startsWith("#")) {
    const name = safeDecode(trimmed.slice(1));
    return name !== undefined && anchors.has(name) ? { kind: "anchor", name } : undefined;
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return undefined;
  // URL#href is percent-encoded ASCII, as a PDF URI action requires.
  return { kind: "uri", uri: url.href };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** pdfkit writes JS strings as PDF names; a String object becomes a PDF text string. */
function pdfTextString(text: string): string {
  return new String(text) as unknown as string;
}

type TaggedAnnotationOption = PDFKit.Mixins.AnnotationOption & {
  structParent?: PDFKit.PDFStructureElement;
};

/**
 * Makes every link annotation pdfkit draws inside a Link element carry that element's text as
 * its Contents (PDF/UA 7.18.5), and tags internal (GoTo) links too: pdfkit attaches only URI
 * links to the current Link element, so `goTo` gets the parent from `ctx.activeLink`.
 */
export function installLinkTagging(ctx: RenderContext): void {
  const { doc } = ctx;
  const link = doc.link.bind(doc);
  const goTo = doc.goTo.bind(doc);
  const withTag = (options: PDFKit.Mixins.AnnotationOption | undefined): TaggedAnnotationOption => {
    const active = ctx.activeLink;
    if (!active) return { ...options };
    return { ...options, Contents: pdfTextString(active.text), structParent: active.element };
  };
  doc.link = (x, y, w, h, url, options) => link(x, y, w, h, url, withTag(options));
  doc.goTo = (x, y, w, h, name, options) => goTo(x, y, w, h, name, withTag(options));
}
