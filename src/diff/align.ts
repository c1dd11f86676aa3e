/**
 * Pairs the items of an old and a new list, so that a purpose that moved or was reworded is compared
 * with itself rather than reported as removed and added. Items match by id (or the key they refer
 * to), then by identical text, then, for items without ids, by similar wording.
 */

/** One row of an alignment: an item in both lists, or only in one. */
export interface AlignedPair {
  readonly oldIndex?: number;
  readonly newIndex?: number;
}

/** Below this word overlap two unnamed items count as different items, not as a rewording. */
const SIMILARITY_THRESHOLD = 0.5;

export function alignLists(oldItems: readonly unknown[], newItems: readonly unknown[]): AlignedPair[] {
  const oldToNew = new Map<number, number>();
  const newToOld = new Map<number, number>();
  const link = (i: number, j: number): void => {
    oldToNew.set(i, j);
    newToOld.set(j, i);
  };

  // 1. The same identity (id, referenced key, name).
  const byIdentity = new Map<string, number[]>();
  oldItems.forEach((item, i) => {
    const key = identityOf(item);
    if (key !== undefined) byIdentity.set(key, [...(byIdentity.get(key) ?? []), i]);
  });
  newItems.forEach((item, j) => {
    const key = identityOf(item);
    const candidates = key === undefined ? undefined : byIdentity.get(key);
    const i = candidates?.shift();
    if (i !== undefined) link(i, j);
  });

  // 2. The same text (an id that was renamed, or items without ids).
  newItems.forEach((item, j) => {
    if (newToOld.has(j)) return;
    const text = textOf(item);
    if (text === undefined) return;
    const i = oldItems.findIndex((old, index) => !oldToNew.has(index) && textOf(old) === text);
    if (i !== -1) link(i, j);
  });

  // 3. Similar wording, only between items that have no identity of their own.
  newItems.forEach((item, j) => {
    if (newToOld.has(j) || identityOf(item) !== undefined) return;
    let best = -1;
    let bestScore = SIMILARITY_THRESHOLD;
    oldItems.forEach((old, i) => {
      if (oldToNew.has(i) || identityOf(old) !== undefined) return;
      const score = similarity(textOf(old) ?? stableText(old), textOf(item) ?? stableText(item));
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = i;
        bestScore = score;
      }
    });
    if (best !== -1) link(best, j);
  });

  // Order: new items in order; a removed item goes right before the next item that kept its place.
  const pairs: AlignedPair[] = [];
  let nextOld = 0;
  const flushOldBefore = (limit: number): void => {
    for (; nextOld < limit; nextOld++) if (!oldToNew.has(nextOld)) pairs.push({ oldIndex: nextOld });
  };
  newItems.forEach((_, j) => {
    const i = newToOld.get(j);
    if (i !== undefined) {
      flushOldBefore(i);
      nextOld = Math.max(nextOld, i + 1);
      pairs.push({ oldIndex: i, newIndex: j });
    } else {
      pairs.push({ newIndex: j });
    }
  });
  flushOldBefore(oldItems.length);
  return pairs;
}

/** Whether the matched items appear in a different order. */
export function isReordered(pairs: readonly AlignedPair[]): boolean {
  let last = -1;
  for (const pair of pairs) {
    if (pair.oldIndex === undefined || pair.newIndex === undefined) continue;
    if (pair.oldIndex < last) return true;
    last = pair.oldIndex;
  }
  return false;
}

/** The key that names an item: its `id`, the key it refers to, or its `name`. */
export function identityOf(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
  const record = item as Record<string, unknown>;
  for (const field of ["id", "recipient", "source", "name"] as const) {
    const value = record[field];
    if (typeof value === "string") return `${field}:${value}`;
  }
  return undefined;
}

function textOf(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
  const text = (item as Record<string, unknown>)["text"];
  return typeof text === "string" ? text : undefined;
}

function stableText(item: unknown): string {
  return JSON.stringify(item) ?? "";
}

/** Word-set overlap (Jaccard), 0–1. */
export function similarity(a: string, b: string): number {
  const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  if (left.size === 0 && right.size === 0) return a === b ? 1 : 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}
