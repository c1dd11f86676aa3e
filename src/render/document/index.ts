export * from "./types.js";
export { buildNoticeDocument, type BuildDocumentOptions } from "./build-document.js";
export { MarkdownParser } from "./markdown.js";
export { slugify } from "./anchors.js";
