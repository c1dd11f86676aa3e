export { noticeMarkdownTree, renderMarkdown } from "./render-markdown.js";
