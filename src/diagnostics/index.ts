export * from "./diagnostic.js";
export * from "./tool-error.js";
