/** The built-in formatters by name, loaded lazily so a run imports only the ones it uses. */
import type { Formatter } from "./types.js";

export type { FormatContext, Formatter, LintResult } from "./types.js";

export const formatterLoaders: Readonly<Record<string, () => Promise<{ readonly default: Formatter }>>> = {
  github: () => import("./github.js"),
  json: () => import("./json.js"),
  sarif: () => import("./sarif.js"),
  stylish: () => import("./stylish.js"),
};

export const formatterNames: readonly string[] = Object.keys(formatterLoaders);
