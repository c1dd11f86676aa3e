/** `privacy-notice fmt`: the canonical layout of policy files. */
export { formatPolicyDocument, formatPolicyText, toStringOptions, UnformattableError } from "./format.js";
export { equivalentData } from "./equivalence.js";
export { markdownTree, normalizeMarkdown, sameMarkdown } from "./markdown.js";
export { PolicySchema, type Shape, type TextKind } from "./schema-shape.js";
