/**
 * The PDFDocument itself: A4, PDF 1.7, tagged PDF/UA, language, document info with fixed dates
 * (so the same notice gives the same bytes: the trailer ID is a hash of the info).
 */
import PDFDocument from "pdfkit";
import type { NoticeDocument } from "../document/types.js";
import { toolVersion } from "../../version.js";
import type { FontFiles } from "./fonts.js";
import { labelsFor } from "./labels.js";
import { theme } from "./theme.js";

/** pdfkit 0.20 implements "PDF/UA" (XMP pdfuaid:part 1); @types/pdfkit lists only PDF/A. */
const PDF_UA = "PDF/UA" as string as PDFKit.Mixins.PDFSubsets;

const FIXED_EPOCH = new Date(Date.UTC(2000, 0, 1));

/** Midnight UTC of the notice's last-updated date, or a fixed epoch. */
export function documentDate(lastUpdated: string | undefined): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastUpdated ?? "");
  if (!match) return FIXED_EPOCH;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? FIXED_EPOCH : date;
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

export function createPdf(document: NoticeDocument, fonts: FontFiles): PDFKit.PDFDocument {
  const labels = labelsFor(document.language);
  const date = documentDate(document.lastUpdated);
  const doc = new PDFDocument({
    size: theme.page.size,
    margins: { ...theme.page.margins },
    pdfVersion: "1.7",
    tagged: true,
    subset: PDF_UA,
    lang: document.locale,
    displayTitle: true,
    bufferPages: true,
    // The default font is loaded at once; starting with DejaVu keeps Helvetica out of the file.
    font: fonts.regular,
    info: {
      Title: document.title,
      Author: document.author,
      Subject: labels.subject(document.author),
      Keywords: labels.keywords(document.author),
      Creator: "privacy-notice",
      Producer: `privacy-notice ${toolVersion} (pdfkit)`,
      CreationDate: date,
      ModDate: date,
    },
  });
  escapeXmpInfo(doc);
  return doc;
}

/**
 * pdfkit pastes the info strings into the XMP packet unescaped, so a title with "&" or "<" would
 * make the metadata invalid XML. It writes the Info dictionary before the XMP packet, so the
 * strings are escaped just before the packet is built and the Info dictionary keeps them as is.
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    const info: PDFKit.DocumentInfo = { ...doc.info };
    for (const key of ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"] as const) {
      const value = info[key];
      if (value !== undefined) info[key] = escapeXml(value);
    }
    doc.info = info;
    endMetadata();
  };
}
