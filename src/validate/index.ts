export { validatePolicy, type ValidationResult } from "./validate-policy.js";
export { didYouMean, editDistance } from "./suggest.js";
export { dangerousScheme } from "./markdown.js";
