export * from "./types.js";
export { contentHashOf, noticeJson, renderNoticeJson } from "./render-json.js";
