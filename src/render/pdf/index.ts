/**
 * The PDF renderer: one NoticeDocument → an A4, tagged (PDF/UA) PDF with embedded DejaVu fonts,
 * bookmarks per chapter and section, working links and "pagina n van N" footers. The same
 * document always gives the same bytes.
 *
 * This module imports pdfkit at load time; callers import it lazily (`await import()`), so
 * commands that never write a PDF do not pay for it.
 */
import type { Root, RootContent } from "mdast";
import type { NoticeDocument } from "../document/types.js";
import { leadingHeight, renderBlocks, renderParagraph } from "./blocks.js";
import { type RenderContext, type StructElement, moveDown } from "./context.js";
import { resolveFontFiles } from "./fonts.js";
import { writeFooters } from "./furniture.js";
import { headingHeight, renderHeading } from "./headings.js";
import { plainStyle, textRuns } from "./inline.js";
import { labelsFor } from "./labels.js";
import { installLinkTagging } from "./links.js";
import { createPdf } from "./metadata.js";
import { bodyLook } from "./text-runs.js";
import { type Box, theme } from "./theme.js";

export interface RenderPdfOptions {
  /** Directory with DejaVuSans.ttf, -Bold, -Oblique, -BoldOblique and DejaVuSansMono.ttf;
   * defaults to the `dejavu-fonts-ttf` package. */
  readonly fontDir?: string;
}

/** Renders the notice as PDF bytes. Throws ToolError when the fonts cannot be found. */
export async function renderPdf(document: NoticeDocument, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const fonts = resolveFontFiles(options.fontDir);
  const doc = createPdf(document, fonts);
  const bytes = collect(doc);
  const ctx: RenderContext = {
    doc,
    fonts,
    labels: labelsFor(document.language),
    anchors: anchorsOf(document),
    definitions: new Map(),
    activeLink: undefined,
  };
  installLinkTagging(ctx);

  const root = doc.struct("Document");
  doc.addStructure(root);
  const { margins, width } = doc.page;
  const box: Box = { left: margins.left, width: width - margins.left - margins.right };

  renderTitle(ctx, root, document, box);
  renderProse(ctx, document.introduction, root, box);
  for (const chapter of document.chapters) {
    const firstSection = chapter.sections[0];
    let bookmark: PDFKit.PDFOutline | undefined;
    renderHeading(ctx, root, 2, chapter.heading, box, {
      anchor: chapter.anchor,
      // A chapter heading directly followed by a section heading takes that heading along.
      keepWithNext:
        chapter.lead.children.length === 0 && firstSection
          ? headingHeight(ctx, 3, firstSection.heading, box) + leadingHeight(ctx, firstSection.content.children, box)
          : leadingHeight(ctx, chapter.lead.children, box),
      onPlaced: () => {
        bookmark = doc.outline.addItem(chapter.heading);
      },
    });
    renderProse(ctx, chapter.lead, root, box);
    for (const section of chapter.sections) {
      renderHeading(ctx, root, 3, section.heading, box, {
        anchor: section.anchor,
        keepWithNext: leadingHeight(ctx, section.content.children, box),
        onPlaced: () => {
          (bookmark ?? doc.outline).addItem(section.heading);
        },
      });
      renderProse(ctx, section.content, root, box);
    }
  }
  root.end();

  writeFooters(ctx, [document.author, document.title].filter((part) => part !== "").join(" · "));
  doc.end();
  return bytes;
}

function renderTitle(ctx: RenderContext, root: StructElement, document: NoticeDocument, box: Box): void {
  renderHeading(ctx, root, 1, document.title, box, { keepWithNext: 0 });
  if (document.lastUpdatedText) {
    const runs = textRuns(document.lastUpdatedText, { ...plainStyle, italic: true });
    renderParagraph(ctx, runs, root, box, { ...bodyLook, color: theme.colors.muted });
  }
  moveDown(ctx, theme.gap.block + 4);
}

function renderProse(ctx: RenderContext, tree: Root, parent: StructElement, box: Box): void {
  ctx.definitions = definitionsOf(tree);
  renderBlocks(ctx, tree.children, parent, box);
}

function anchorsOf(document: NoticeDocument): Set<string> {
  const anchors = new Set<string>();
  for (const chapter of document.chapters) {
    anchors.add(chapter.anchor);
    for (const section of chapter.sections) anchors.add(section.anchor);
  }
  return anchors;
}

/** Link reference definitions anywhere in the tree; the first one of an identifier wins. */
function definitionsOf(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === "definition") {
        const id = node.identifier.toLowerCase();
        if (!definitions.has(id)) definitions.set(id, node.url);
      } else if ("children" in node) {
        visit(node.children);
      }
    }
  };
  visit(tree.children);
  return definitions;
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const buffer = Buffer.concat(chunks);
      resolve(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    });
  });
}
