/** The few words the PDF adds itself (page furniture and metadata), per notice language. */
import type { NoticeDocument } from "../document/types.js";

export interface PdfLabels {
  page(current: number, total: number): string;
  subject(author: string): string;
  keywords(author: string): string;
}

const labels: Record<NoticeDocument["language"], PdfLabels> = {
  nl: {
    page: (current, total) => `pagina ${current} van ${total}`,
    subject: (author) => `Informatie over de verwerking van persoonsgegevens door ${author}`,
    keywords: (author) => `privacy, AVG, persoonsgegevens, ${author}`,
  },
  en: {
    page: (current, total) => `page ${current} of ${total}`,
    subject: (author) => `Information about the processing of personal data by ${author}`,
    keywords: (author) => `privacy, GDPR, personal data, ${author}`,
  },
};

export function labelsFor(language: NoticeDocument["language"]): PdfLabels {
  return labels[language];
}
