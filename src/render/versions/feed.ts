/**
 * The Atom 1.0 feed of one notice (`dist/<id>/feed.xml`, RFC 4287): one entry per version, newest
 * first, summarising its material changes. Dates come from `lastUpdated`, never from the clock, so
 * the same history gives the same bytes.
 */
import type { Language } from "../../diagnostics/index.js";
import type { PolicyChange } from "../../diff/types.js";
import type { HistoryEntry } from "./plan.js";

export interface FeedEntry extends HistoryEntry {
  /** Changes from the version before; undefined for the first version. */
  readonly changes: readonly PolicyChange[] | undefined;
}

export interface FeedInput {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly language: Language;
  /** Oldest first. */
  readonly entries: readonly FeedEntry[];
}

const words = {
  nl: {
    version: "Versie",
    first: "Eerste gepubliceerde versie.",
    none: "Geen wezenlijke wijzigingen; alleen redactionele aanpassingen.",
    material: "Wezenlijke wijzigingen:",
  },
  en: {
    version: "Version",
    first: "First published version.",
    none: "No material changes; editorial changes only.",
    material: "Material changes:",
  },
} as const;

/** Used when no version of the notice has a date: a fixed instant keeps the feed valid and stable. */
const NO_DATE = "1970-01-01T00:00:00Z";

/** The feed's XML text. */
export function renderFeed(input: FeedInput): string {
  const text = words[input.language];
  const dates = datesOf(input.entries);
  const newestFirst = input.entries.map((entry, index) => ({ entry, date: dates[index]! })).reverse();
  const updated = dates.reduce((latest, date) => (date > latest ? date : latest), NO_DATE);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(input.language)}">`,
    `  <id>${escape(`urn:privacy-notice:${encodeURIComponent(input.id)}`)}</id>`,
    `  <title>${escape(input.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escape(input.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="feed.xml"/>`,
    `  <link rel="alternate" type="text/html" href="./"/>`,
    `  <generator>privacy-notice</generator>`,
    ...newestFirst.flatMap(({ entry, date }) => [
      `  <entry>`,
      `    <id>${escape(`urn:privacy-notice:${encodeURIComponent(input.id)}:v:${encodeURIComponent(entry.version)}`)}</id>`,
      `    <title>${escape(`${text.version} ${entry.version}`)}</title>`,
      `    <updated>${date}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(`v/${encodeURIComponent(entry.version)}/index.html`)}"/>`,
      `    <summary type="text">${escape(summaryOf(entry, input.language))}</summary>`,
      `  </entry>`,
    ]),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

function summaryOf(entry: FeedEntry, language: Language): string {
  const text = words[language];
  if (entry.changes === undefined) return text.first;
  const material = entry.changes.filter((change) => change.classification === "material");
  if (material.length === 0) return text.none;
  return [text.material, ...material.map((change) => `- ${change.summary[language].replace(/`/g, "")}`)].join("\n");
}

/** Each entry's date: its own `lastUpdated`, else the one before it (a version-only bump), else NO_DATE. */
function datesOf(entries: readonly FeedEntry[]): string[] {
  let last = NO_DATE;
  return entries.map((entry) => {
    if (entry.lastUpdated !== null && /^\d{4}-\d{2}-\d{2}/.test(entry.lastUpdated)) {
      last = /^\d{4}-\d{2}-\d{2}$/.test(entry.lastUpdated) ? `${entry.lastUpdated}T00:00:00Z` : entry.lastUpdated;
    }
    return last;
  });
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escape(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
