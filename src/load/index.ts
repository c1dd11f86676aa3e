export * from "./load-policy.js";
export * from "./source-map.js";
