import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** The package version, written into JSON outputs and SARIF. */
export const toolVersion: string = (require("../package.json") as { version: string }).version;
