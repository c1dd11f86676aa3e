/** The change list as JSON for websites and CI; its shape is documented in docs/cli-diff.md. */
import { toolVersion } from "../version.js";
import type { DiffResult } from "./types.js";

export function renderDiffJson(result: DiffResult): string {
  const material = result.changes.filter((change) => change.classification === "material").length;
  const report = {
    schemaVersion: 1,
    tool: { name: "privacy-notice", version: toolVersion },
    old: result.old,
    new: result.new,
    counts: { material, editorial: result.changes.length - material, total: result.changes.length },
    changes: result.changes.map((change) => ({
      kind: change.kind,
      classification: change.classification,
      path: change.path,
      pathIn: change.pathIn,
      before: change.before,
      after: change.after,
      summary: change.summary,
      reason: change.reason,
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
