/**
 * `privacy-notice diff`: the semantic change list between two validated policies. The list is
 * computed from the data (purposes by id, recipients by key, retention by period…), not from the
 * text, and each change says whether data subjects must be told.
 */
import { toJsonPointer } from "../diagnostics/index.js";
import { PolicySchema } from "../format-policy/schema-shape.js";
import type { Policy } from "../model/index.js";
import { DiffContext, type ChangeDraft } from "./context.js";
import { handlers } from "./handlers/index.js";
import type { DiffResult, DiffSide, JsonValue, PolicyChange } from "./types.js";
import { walk } from "./walk.js";

export * from "./types.js";
export { renderDiffMarkdown } from "./report-markdown.js";
export { renderDiffJson } from "./report-json.js";

/**
 * Every change from `oldPolicy` to `newPolicy`, in the order of the new policy. Wording changes to
 * Markdown fields that render the same (a `*` that became `_`, a re-wrapped line) are candidates
 * only; {@link dropUnchangedMarkdown} removes them.
 */
export function collectChanges(oldPolicy: Policy, newPolicy: Policy, schema = PolicySchema.load()): ChangeDraft[] {
  const context = new DiffContext(schema, oldPolicy, newPolicy);
  const root = schema.root;
  walk(
    {
      old: { value: oldPolicy, path: [], shape: schema.forValue(root, oldPolicy) },
      new: { value: newPolicy, path: [], shape: schema.forValue(root, newPolicy) },
    },
    context,
    handlers,
  );
  return context.drafts;
}

/** Removes the Markdown wording changes whose two texts have the same syntax tree. */
export async function dropUnchangedMarkdown(drafts: readonly ChangeDraft[]): Promise<ChangeDraft[]> {
  const undecided = (draft: ChangeDraft): boolean => draft.markdown !== undefined && !wordsDiffer(draft.markdown.before, draft.markdown.after);
  if (!drafts.some(undecided)) return [...drafts];
  // Loaded only when a Markdown field differs: remark is the slowest import of the diff.
  const { sameMarkdown } = await import("../format-policy/markdown.js");
  return drafts.filter((draft) => !(undecided(draft) && draft.markdown && sameMarkdown(draft.markdown.before, draft.markdown.after)));
}

/**
 * Whether two Markdown texts certainly render differently because their words differ: Markdown
 * syntax never adds or removes letters or digits, except character references (`&eacute;`) and the
 * numbers of ordered list items after the first, which this check leaves to the parser.
 */
export function wordsDiffer(a: string, b: string): boolean {
  if (a.includes("&") || b.includes("&")) return false;
  const words = (text: string): string => (text.replace(/^[ \t>]*\d+[.)](?=[ \t]|$)/gm, "").match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
  return words(a) !== words(b);
}

/** The full comparison of two validated policies. */
export async function diffPolicies(
  oldPolicy: Policy,
  newPolicy: Policy,
  labels: { readonly old: string; readonly new: string },
): Promise<DiffResult> {
  const drafts = await dropUnchangedMarkdown(collectChanges(oldPolicy, newPolicy));
  return {
    old: sideOf(oldPolicy, labels.old),
    new: sideOf(newPolicy, labels.new),
    changes: drafts.map(toChange),
  };
}

function toChange(draft: ChangeDraft): PolicyChange {
  return {
    kind: draft.kind,
    path: toJsonPointer(draft.path),
    pathIn: draft.side,
    before: toJson(draft.before),
    after: toJson(draft.after),
    classification: draft.classification,
    reason: draft.reason,
    summary: draft.summary,
  };
}

function sideOf(policy: Policy, label: string): DiffSide {
  return { label, id: policy.id, version: policy.version ?? null, lastUpdated: policy.lastUpdated ?? null };
}

/** A deep copy as plain JSON (undefined becomes null), so reports never share the policies' objects. */
function toJson(value: unknown): JsonValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as JsonValue);
}
