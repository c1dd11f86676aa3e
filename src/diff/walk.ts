/**
 * The generic part of the diff: walks both policies side by side (lists aligned by id or wording),
 * lets the handler of each schema definition explain what it knows (purposes, recipients, retention…),
 * and reports whatever no handler claimed as a wording, metadata or field change.
 */
import { alignLists, identityOf, isReordered } from "./align.js";
import { reportedAt, type DiffContext, type Located, type NodePair } from "./context.js";
import { leafChange } from "./leaf.js";
import { localized, placeOf } from "./words.js";

/** Explains a node of one schema definition; claims what it has reported. */
export type Handler = (pair: NodePair, context: DiffContext) => void;

export function walk(pair: NodePair, context: DiffContext, handlers: Readonly<Record<string, Handler>>, handled = false): void {
  const active = activeSides(pair, context);
  if (!active.old && !active.new) return;
  const shape = active.new?.shape ?? active.old?.shape;
  const def = handled ? undefined : shape?.defs.find((name) => Object.hasOwn(handlers, name));
  if (def) (handlers[def] as Handler)(active, context);

  const rest = activeSides(active, context);
  const oldNode = rest.old;
  const newNode = rest.new;
  if (!oldNode && !newNode) return;
  if (oldNode && newNode) {
    const before = oldNode.value;
    const after = newNode.value;
    if (isRecord(before) && isRecord(after)) walkObject(rest, context, handlers);
    else if (Array.isArray(before) && Array.isArray(after)) walkArray(rest, context, handlers);
    else if (isComposite(before) || isComposite(after)) {
      // A different kind of value (a list became its `notApplicable` form…): removed, then added.
      // The node's handler has seen both sides already.
      walk({ old: oldNode }, context, handlers, true);
      walk({ new: newNode }, context, handlers, true);
    } else if (!Object.is(before, after)) leafChange(rest, context);
    return;
  }
  const only = (newNode ?? oldNode) as Located;
  if (isRecord(only.value) || Array.isArray(only.value)) {
    const keys = Array.isArray(only.value) ? only.value.map((_, index) => index) : Object.keys(only.value);
    for (const key of keys) {
      const child = context.child(only, key);
      walk(newNode ? { new: child } : { old: child }, context, handlers);
    }
  } else {
    leafChange(rest, context);
  }
}

function walkObject(pair: NodePair, context: DiffContext, handlers: Readonly<Record<string, Handler>>): void {
  const oldNode = pair.old as Located;
  const newNode = pair.new as Located;
  const oldKeys = Object.keys(oldNode.value as object);
  const newKeys = Object.keys(newNode.value as object);
  for (const key of [...newKeys, ...oldKeys.filter((key) => !newKeys.includes(key))]) {
    walk(context.childPair(pair, key), context, handlers);
  }
  // Maps of declared items (recipients, contact points…) have an order the editor chose.
  const isMap = newNode.shape !== undefined && context.schema.propertyOrder(newNode.shape) === undefined;
  if (isMap) {
    const common = newKeys.filter((key) => oldKeys.includes(key));
    const oldOrder = oldKeys.filter((key) => newKeys.includes(key));
    if (common.join("\u0000") !== oldOrder.join("\u0000")) reportReorder(pair, context, oldOrder, common);
  }
}

function walkArray(pair: NodePair, context: DiffContext, handlers: Readonly<Record<string, Handler>>): void {
  const oldNode = pair.old as Located;
  const newNode = pair.new as Located;
  const before = oldNode.value as unknown[];
  const after = newNode.value as unknown[];
  if (before.every(isScalar) && after.every(isScalar)) {
    // Lists of codes and keys are sets: report what came and went; a new order is editorial.
    after.forEach((item, index) => {
      if (!before.includes(item)) walk({ new: context.child(newNode, index) }, context, handlers);
    });
    before.forEach((item, index) => {
      if (!after.includes(item)) walk({ old: context.child(oldNode, index) }, context, handlers);
    });
    const kept = after.filter((item) => before.includes(item));
    const oldOrder = before.filter((item) => after.includes(item));
    if (kept.some((item, index) => item !== oldOrder[index])) reportReorder(pair, context, oldOrder, kept);
    return;
  }
  const pairs = alignLists(before, after);
  for (const aligned of pairs) {
    walk(
      {
        old: aligned.oldIndex === undefined ? undefined : context.child(oldNode, aligned.oldIndex),
        new: aligned.newIndex === undefined ? undefined : context.child(newNode, aligned.newIndex),
      },
      context,
      handlers,
    );
  }
  if (isReordered(pairs)) {
    const label = (item: unknown, index: number): string => identityOf(item)?.replace(/^[a-z]+:/, "") ?? `#${index + 1}`;
    const matched = pairs.filter((p) => p.oldIndex !== undefined && p.newIndex !== undefined);
    const oldOrder = [...matched].sort((a, b) => (a.oldIndex as number) - (b.oldIndex as number)).map((p) => label(before[p.oldIndex as number], p.oldIndex as number));
    const newOrder = matched.map((p) => label(before[p.oldIndex as number], p.oldIndex as number));
    reportReorder(pair, context, oldOrder, newOrder);
  }
}

function reportReorder(pair: NodePair, context: DiffContext, before: readonly unknown[], after: readonly unknown[]): void {
  const { side, at } = reportedAt(pair);
  context.emit({
    kind: "reordered",
    classification: "editorial",
    side,
    path: at.path,
    before,
    after,
    reason: {
      nl: "Alleen de volgorde is anders; de inhoud is dezelfde.",
      en: "Only the order differs; the content is the same.",
    },
    summary: localized((language) =>
      language === "nl"
        ? `Volgorde gewijzigd in ${placeOf(context.new, at.path, language)}.`
        : `Order changed in ${placeOf(context.new, at.path, language)}.`,
    ),
  });
}

function activeSides(pair: NodePair, context: DiffContext): NodePair {
  return {
    old: pair.old && !context.isClaimed("old", pair.old.path) ? pair.old : undefined,
    new: pair.new && !context.isClaimed("new", pair.new.path) ? pair.new : undefined,
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isComposite(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

