/**
 * The state shared by the walk and the handlers: both policies, the schema, the changes found so far,
 * and the subtrees a handler has already explained (claimed), so the generic walk does not report
 * them a second time as plain field changes.
 */
import { ToolError, type LocalizedText, type PolicyPath } from "../diagnostics/index.js";
import { childOf, type PolicySchema, type Shape } from "../format-policy/schema-shape.js";
import type { Policy } from "../model/index.js";
import type { ChangeKind, Classification } from "./types.js";

export type SideName = "old" | "new";

/** A node of one policy: its value, path and schema shape. */
export interface Located {
  readonly value: unknown;
  readonly path: PolicyPath;
  readonly shape: Shape | undefined;
}

/** The same node in the old and the new policy; one side is missing when it was added or removed. */
export interface NodePair {
  readonly old?: Located | undefined;
  readonly new?: Located | undefined;
}

export interface ChangeDraft {
  readonly kind: ChangeKind;
  readonly classification: Classification;
  readonly side: SideName;
  readonly path: PolicyPath;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: LocalizedText;
  readonly summary: LocalizedText;
  /** Set for wording changes of Markdown fields: dropped later if both render to the same text. */
  readonly markdown?: { readonly before: string; readonly after: string };
}

export class DiffContext {
  readonly schema: PolicySchema;
  readonly old: Policy;
  readonly new: Policy;
  readonly drafts: ChangeDraft[] = [];
  readonly #claims: Record<SideName, Set<string>> = { old: new Set(), new: new Set() };

  constructor(schema: PolicySchema, oldPolicy: Policy, newPolicy: Policy) {
    this.schema = schema;
    this.old = oldPolicy;
    this.new = newPolicy;
  }

  policy(side: SideName): Policy {
    return side === "old" ? this.old : this.new;
  }

  emit(draft: ChangeDraft): void {
    this.drafts.push(draft);
  }

  /** Marks a subtree as explained on one side. */
  claim(side: SideName, path: PolicyPath | undefined): void {
    if (path) this.#claims[side].add(pathKey(path));
  }

  /** Marks a node as explained on both sides. */
  claimPair(pair: NodePair): void {
    this.claim("old", pair.old?.path);
    this.claim("new", pair.new?.path);
  }

  /** Claims a child key of a pair on whichever sides have it. */
  claimChild(pair: NodePair, key: string | number): void {
    if (pair.old) this.claim("old", [...pair.old.path, key]);
    if (pair.new) this.claim("new", [...pair.new.path, key]);
  }

  isClaimed(side: SideName, path: PolicyPath): boolean {
    const claims = this.#claims[side];
    if (claims.size === 0) return false;
    for (let length = 0; length <= path.length; length++) if (claims.has(pathKey(path.slice(0, length)))) return true;
    return false;
  }

  /** A child node of a located node, with its schema shape. */
  child(parent: Located, key: string | number): Located {
    return {
      value: childOf(parent.value, key),
      path: [...parent.path, key],
      shape: parent.shape ? this.schema.child(parent.shape, parent.value, key) : undefined,
    };
  }

  /** The pair of a child key (a side is left out where the child does not exist). */
  childPair(pair: NodePair, key: string | number): NodePair {
    const oldChild = pair.old ? this.child(pair.old, key) : undefined;
    const newChild = pair.new ? this.child(pair.new, key) : undefined;
    return {
      old: oldChild && oldChild.value !== undefined ? oldChild : undefined,
      new: newChild && newChild.value !== undefined ? newChild : undefined,
    };
  }
}

function pathKey(path: PolicyPath): string {
  return path.map(String).join("\u0000");
}

/** The side a pair is reported on (the new one when it exists) and that node. */
export function reportedAt(pair: NodePair): { readonly side: SideName; readonly at: Located } {
  if (pair.new) return { side: "new", at: pair.new };
  if (pair.old) return { side: "old", at: pair.old };
  throw new ToolError("internal", { nl: "diff: een knooppaar zonder kanten (fout in privacy-notice).", en: "diff: a node pair without sides (a bug in privacy-notice)." });
}
