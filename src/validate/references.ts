/**
 * Cross-references inside a policy: every key that points at something declared elsewhere
 * (sources, recipients, retention rules, purposes, categories, transfers, contact points) must
 * exist; purpose and chapter keys must be unique; declared sources, recipients and retention rules
 * should be used. Runs on the raw data, even when the schema found problems, so that one run
 * reports everything; it reads defensively and skips whatever does not have the expected shape.
 */
import type { LocalizedText, PolicyPath, Severity } from "../diagnostics/index.js";
import { didYouMean } from "./suggest.js";
import { code, list } from "./words.js";

/** A reference problem before it gets a file position. */
export interface ReferenceFinding {
  readonly ruleId: "reference/dangling" | "reference/duplicate" | "reference/unused";
  readonly messageId: string;
  readonly message: LocalizedText;
  readonly severity: Severity;
  readonly path: PolicyPath;
  readonly at: "key" | "value";
}

type Kind = "source" | "recipient" | "retentionRule" | "purpose" | "category" | "transfer" | "contactPoint";

interface KindWords {
  readonly nl: string;
  readonly en: string;
  readonly nlPlural: string;
  readonly enPlural: string;
  /** Dutch relative pronoun: "een bron die", "een doel dat". */
  readonly that: "die" | "dat";
  /** Where such keys are declared: "onder `sources`", "als `id` van een doel". */
  readonly where: LocalizedText;
}

const under = (at: string): LocalizedText => ({ nl: `onder \`${at}\``, en: `under \`${at}\`` });

const kinds: Readonly<Record<Kind, KindWords>> = {
  source: { nl: "bron", en: "source", nlPlural: "bronnen", enPlural: "sources", that: "die", where: under("sources") },
  recipient: { nl: "ontvanger", en: "recipient", nlPlural: "ontvangers", enPlural: "recipients", that: "die", where: under("recipients") },
  retentionRule: {
    nl: "bewaarregel",
    en: "retention rule",
    nlPlural: "bewaarregels",
    enPlural: "retention rules",
    that: "die",
    where: under("retentionRules"),
  },
  purpose: {
    nl: "doel",
    en: "purpose",
    nlPlural: "doelen met een `id`",
    enPlural: "purposes with an `id`",
    that: "dat",
    where: { nl: "als `id` van een doel", en: "as the `id` of a purpose" },
  },
  category: {
    nl: "categorie",
    en: "category",
    nlPlural: "categorieën met een `id`",
    enPlural: "categories with an `id`",
    that: "die",
    where: { nl: "als `id` van een categorie", en: "as the `id` of a category" },
  },
  transfer: { nl: "doorgifte", en: "transfer", nlPlural: "doorgiften", enPlural: "transfers", that: "die", where: under("transfers.transfers") },
  contactPoint: {
    nl: "contactpunt",
    en: "contact point",
    nlPlural: "contactpunten",
    enPlural: "contact points",
    that: "dat",
    where: under("controller.contactPoints"),
  },
};

type Json = Readonly<Record<string, unknown>>;

function record(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function array(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
  const object = record(value);
  return object && Object.hasOwn(object, key) ? object[key] : undefined;
}

function keys(value: unknown): string[] {
  const object = record(value);
  return object ? Object.keys(object) : [];
}

interface Reference {
  readonly kind: Kind;
  readonly id: string;
  readonly path: PolicyPath;
}

interface Declaration {
  readonly id: string;
  readonly path: PolicyPath;
}

/** The line a path starts on, for "first used on line N". */
export type LineOf = (path: PolicyPath) => number | undefined;

/** Every reference problem of a policy's data. */
export function referenceFindings(data: unknown, lineOf: LineOf): ReferenceFinding[] {
  const references: Reference[] = [];
  const refer = (kind: Kind, value: unknown, path: PolicyPath): void => {
    if (typeof value === "string") references.push({ kind, id: value, path });
  };
  const referList = (kind: Kind, value: unknown, path: PolicyPath): void => {
    array(value).forEach((id, index) => refer(kind, id, [...path, index]));
  };

  const purposes: Declaration[] = [];
  const categories: Declaration[] = [];
  const chapters: Declaration[] = [];

  array(field(data, "chapters")).forEach((chapter, c) => {
    const at: PolicyPath = ["chapters", c];
    const chapterId = field(chapter, "id");
    if (typeof chapterId === "string") chapters.push({ id: chapterId, path: [...at, "id"] });

    const collection = field(chapter, "collection");
    referList("source", field(collection, "sources"), [...at, "collection", "sources"]);
    array(field(collection, "items")).forEach((item, i) => refer("source", field(item, "source"), [...at, "collection", "items", i, "source"]));

    const recipients = field(chapter, "recipients");
    referList("recipient", field(recipients, "recipients"), [...at, "recipients", "recipients"]);
    array(field(recipients, "items")).forEach((item, i) =>
      refer("recipient", field(item, "recipient"), [...at, "recipients", "items", i, "recipient"]),
    );

    array(field(field(chapter, "categories"), "items")).forEach((category, i) => {
      const id = field(category, "id");
      if (typeof id === "string") categories.push({ id, path: [...at, "categories", "items", i, "id"] });
    });

    collectPurposes(field(field(chapter, "purposes"), "items"), [...at, "purposes", "items"], purposes);

    array(field(field(chapter, "retention"), "items")).forEach((item, i) => {
      const itemPath: PolicyPath = [...at, "retention", "items", i];
      referList("retentionRule", field(item, "rules"), [...itemPath, "rules"]);
      referList("purpose", field(item, "purposes"), [...itemPath, "purposes"]);
      referList("category", field(item, "categories"), [...itemPath, "categories"]);
      array(field(item, "items")).forEach((part, p) => referList("retentionRule", field(part, "rules"), [...itemPath, "items", p, "rules"]));
    });

    referList("transfer", field(chapter, "transfers"), [...at, "transfers"]);
  });

  const transfers = field(field(data, "transfers"), "transfers");
  for (const id of keys(transfers)) {
    referList("recipient", field(field(transfers, id), "recipients"), ["transfers", "transfers", id, "recipients"]);
  }
  const controller = field(data, "controller");
  referList("contactPoint", field(field(data, "rights"), "howToExercise"), ["rights", "howToExercise"]);
  array(field(controller, "jointControllers")).forEach((joint, i) =>
    refer("contactPoint", field(joint, "contactPoint"), ["controller", "jointControllers", i, "contactPoint"]),
  );

  const declared: Readonly<Record<Kind, readonly Declaration[]>> = {
    source: keys(field(data, "sources")).map((id) => ({ id, path: ["sources", id] })),
    recipient: keys(field(data, "recipients")).map((id) => ({ id, path: ["recipients", id] })),
    retentionRule: keys(field(data, "retentionRules")).map((id) => ({ id, path: ["retentionRules", id] })),
    purpose: purposes,
    category: categories,
    transfer: keys(transfers).map((id) => ({ id, path: ["transfers", "transfers", id] })),
    contactPoint: keys(field(controller, "contactPoints")).map((id) => ({ id, path: ["controller", "contactPoints", id] })),
  };

  return [
    ...references.flatMap((reference) => dangling(reference, declared[reference.kind])),
    ...duplicates("purpose", purposes, lineOf),
    ...duplicates("chapter", chapters, lineOf),
    ...(["source", "recipient", "retentionRule"] as const).flatMap((kind) => unused(kind, declared[kind], references)),
  ];
}

/** Purposes nest (`items` within a purpose group); every level's keys count. */
function collectPurposes(items: unknown, path: PolicyPath, into: Declaration[]): void {
  array(items).forEach((purpose, index) => {
    const id = field(purpose, "id");
    if (typeof id === "string") into.push({ id, path: [...path, index, "id"] });
    collectPurposes(field(purpose, "items"), [...path, index, "items"], into);
  });
}

function dangling(reference: Reference, declarations: readonly Declaration[]): ReferenceFinding[] {
  const ids = [...new Set(declarations.map((declaration) => declaration.id))];
  if (ids.includes(reference.id)) return [];
  const words = kinds[reference.kind];
  const guess = didYouMean(reference.id, ids);
  const known = list(ids.length > 12 ? [...ids.slice(0, 12), "…"] : ids, "and");
  const tail: LocalizedText =
    guess !== undefined
      ? { nl: ` Bedoelde u ${code(guess)}?`, en: ` Did you mean ${code(guess)}?` }
      : ids.length > 0
        ? { nl: ` Bekend zijn: ${known.nl}.`, en: ` Known are: ${known.en}.` }
        : { nl: ` Er zijn nog geen ${words.nlPlural} gedeclareerd.`, en: ` No ${words.enPlural} are declared yet.` };
  const id = code(reference.id);
  return [
    {
      ruleId: "reference/dangling",
      messageId: guess === undefined ? "dangling" : "danglingDidYouMean",
      message: {
        nl: `${id} verwijst naar een ${words.nl} ${words.that} niet bestaat: ${words.where.nl} komt ${id} niet voor.${tail.nl}`,
        en: `${id} refers to a ${words.en} that does not exist: ${id} is not declared ${words.where.en}.${tail.en}`,
      },
      severity: "error",
      path: reference.path,
      at: "value",
    },
  ];
}

function duplicates(kind: "purpose" | "chapter", declarations: readonly Declaration[], lineOf: LineOf): ReferenceFinding[] {
  const first = new Map<string, Declaration>();
  const findings: ReferenceFinding[] = [];
  const words = kind === "purpose" ? { nl: "doel", en: "purpose" } : { nl: "hoofdstuk", en: "chapter" };
  for (const declaration of declarations) {
    const earlier = first.get(declaration.id);
    if (!earlier) {
      first.set(declaration.id, declaration);
      continue;
    }
    const line = lineOf(earlier.path);
    const where = line === undefined ? { nl: "", en: "" } : { nl: ` (regel ${line})`, en: ` (line ${line})` };
    findings.push({
      ruleId: "reference/duplicate",
      messageId: kind === "purpose" ? "duplicatePurpose" : "duplicateChapter",
      message: {
        nl: `De sleutel ${code(declaration.id)} is al gebruikt voor een ander ${words.nl}${where.nl}. Elke sleutel moet uniek zijn, anders is niet duidelijk waarnaar een verwijzing wijst.`,
        en: `The key ${code(declaration.id)} is already used for another ${words.en}${where.en}. Each key must be unique, or a reference would be ambiguous.`,
      },
      severity: "error",
      path: declaration.path,
      at: "value",
    });
  }
  return findings;
}

function unused(kind: Kind, declarations: readonly Declaration[], references: readonly Reference[]): ReferenceFinding[] {
  const used = new Set(references.filter((reference) => reference.kind === kind).map((reference) => reference.id));
  const words = kinds[kind];
  return declarations
    .filter((declaration) => !used.has(declaration.id))
    .map((declaration) => ({
      ruleId: "reference/unused" as const,
      messageId: "unused",
      message: {
        nl: `De ${words.nl} ${code(declaration.id)} staat ${words.where.nl}, maar niets verwijst ernaar. Verwijs ernaar vanuit het hoofdstuk waar die bij hoort, of verwijder deze declaratie.`,
        en: `The ${words.en} ${code(declaration.id)} is declared ${words.where.en}, but nothing refers to it. Refer to it from the chapter it belongs to, or remove the declaration.`,
      },
      severity: "warning" as const,
      path: declaration.path,
      at: "key" as const,
    }));
}
