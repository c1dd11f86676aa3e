/**
 * Recipients and sources: declared once at the top level and referred to per chapter. A new
 * declaration is reported once (with the chapters that use it); a chapter that starts or stops using
 * an existing one is reported for that chapter.
 */
import type { PolicyPath } from "../../diagnostics/index.js";
import type { Chapter, Policy, Recipient, Source } from "../../model/index.js";
import { isNotApplicable } from "../../model/index.js";
import { isOutsideEea } from "../../model/eea.js";
import { reportedAt, type DiffContext, type Located, type NodePair, type SideName } from "../context.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { joinWords, localized } from "../words.js";
import { codeLabel, declaredName, inChapter, setChanges, stringList } from "./common.js";
import { declaredTransfers } from "./chapters.js";

type Party = "recipients" | "sources";


const words = {
  recipients: { one: { nl: "ontvanger", en: "recipient" }, kindDef: "recipientKind" },
  sources: { one: { nl: "bron", en: "source" }, kindDef: "sourceKind" },
} as const;

/** A declared recipient (`recipients.<key>`). */
export const recipient: Handler = (pair, context) => declared(pair, context, "recipients");

/** A declared source (`sources.<key>`). */
export const source: Handler = (pair, context) => declared(pair, context, "sources");

function declared(pair: NodePair, context: DiffContext, party: Party): void {
  const { side, at } = reportedAt(pair);
  const key = String(at.path.at(-1));
  if (!pair.old || !pair.new) {
    const added = side === "new";
    const value = at.value as Recipient | Source;
    const users = usersOf(context.policy(side), party, key);
    context.emit({
      kind: party === "recipients" ? (added ? "recipient-added" : "recipient-removed") : added ? "source-added" : "source-removed",
      classification: added ? "material" : "editorial",
      side,
      path: at.path,
      before: added ? null : value,
      after: added ? value : null,
      reason: added ? (party === "recipients" ? reasons.newRecipient : reasons.newSource) : reasons.narrowed,
      summary: localized((language) => {
        const kind = codeLabel(context, words[party].kindDef, value.kind, language).toLowerCase();
        const one = words[party].one[language];
        const countries = "countries" in value && value.countries ? `, ${value.countries.join(", ")}` : "";
        const usedIn = users.length === 0 ? "" : language === "nl" ? `, in ${joinWords(users.map((user) => user.nl), language)}` : `, in ${joinWords(users.map((user) => user.en), language)}`;
        if (language === "nl") return added ? `Nieuwe ${one}: ${value.name} (${kind}${countries})${usedIn}.` : `${capitalize(one)} vervalt: ${value.name} (${kind}).`;
        return added ? `New ${one}: ${value.name} (${kind}${countries})${usedIn}.` : `${capitalize(one)} dropped: ${value.name} (${kind}).`;
      }),
    });
    context.claimPair(pair);
    return;
  }

  const before = pair.old.value as Recipient & Source;
  const after = pair.new.value as Recipient & Source;
  const changedKind = party === "recipients" ? "recipient-changed" : "source-changed";
  const one = words[party].one;
  // A renamed organisation that was named is another organisation; a renamed category is rewording.
  if (before.name !== after.name && (before.named === true || after.named === true)) {
    context.emit({
      kind: changedKind,
      classification: "material",
      side: "new",
      path: [...pair.new.path, "name"],
      before: before.name,
      after: after.name,
      reason: reasons.recipientChanged,
      summary: localized((language) =>
        language === "nl" ? `Andere ${one.nl}: ${before.name} → ${after.name}.` : `Different ${one.en}: ${before.name} → ${after.name}.`,
      ),
    });
    context.claimChild(pair, "name");
  }
  if (before.kind !== after.kind) {
    context.emit({
      kind: changedKind,
      classification: "material",
      side: "new",
      path: [...pair.new.path, "kind"],
      before: before.kind,
      after: after.kind,
      reason: party === "recipients" ? reasons.recipientChanged : reasons.newSource,
      summary: localized((language) => {
        const from = codeLabel(context, words[party].kindDef, before.kind, language).toLowerCase();
        const to = codeLabel(context, words[party].kindDef, after.kind, language).toLowerCase();
        return language === "nl" ? `${capitalize(one.nl)} ${after.name} is nu ${to} (was ${from}).` : `${capitalize(one.en)} ${after.name} is now ${to} (was ${from}).`;
      }),
    });
  }
  context.claimChild(pair, "kind");
  if (party === "recipients") recipientCountries(pair, context, before, after);
}

function recipientCountries(pair: NodePair, context: DiffContext, before: Recipient, after: Recipient): void {
  const countries = context.childPair(pair, "countries");
  const { added, removed } = setChanges(stringList(before.countries), stringList(after.countries));
  for (const country of added) {
    const third = isOutsideEea(country);
    context.emit({
      kind: "country-added",
      classification: third ? "material" : "editorial",
      side: "new",
      path: entryPath((pair.new as Located).path, "countries", after.countries, country),
      before: null,
      after: country,
      reason: third ? reasons.newTransfer : reasons.eeaCountry,
      summary: localized((language) =>
        language === "nl"
          ? `Ontvanger ${after.name} is nu ook gevestigd in ${country}${third ? " (buiten de EER)" : ""}.`
          : `Recipient ${after.name} is now also established in ${country}${third ? " (outside the EEA)" : ""}.`,
      ),
    });
  }
  for (const country of removed) {
    context.emit({
      kind: "country-removed",
      classification: "editorial",
      side: "old",
      path: entryPath((pair.old as Located).path, "countries", before.countries, country),
      before: country,
      after: null,
      reason: reasons.narrowed,
      summary: localized((language) =>
        language === "nl" ? `Ontvanger ${after.name} is niet meer gevestigd in ${country}.` : `Recipient ${after.name} is no longer established in ${country}.`,
      ),
    });
  }
  if (countries.old || countries.new) context.claimChild(pair, "countries");
}

/** A chapter's recipients section (`chapters[n].recipients`): which declared recipients it uses. */
export const recipientsSection: Handler = (pair, context) => references(pair, context, "recipients");

/** A chapter's collection section (`chapters[n].collection`): which declared sources it uses. */
export const collection: Handler = (pair, context) => references(pair, context, "sources");

function references(pair: NodePair, context: DiffContext, party: Party): void {
  const itemKey = party === "recipients" ? "recipient" : "source";
  const before = pair.old ? referencesOf(pair.old.value, party) : [];
  const after = pair.new ? referencesOf(pair.new.value, party) : [];
  const { added, removed } = setChanges(before, after);
  for (const key of added) {
    const at = pair.new as Located;
    if (!context.old[party]?.[key]) continue; // a new declaration, reported there
    report(context, "new", party, key, occurrence(at, party, key));
  }
  for (const key of removed) {
    const at = pair.old as Located;
    if (!context.new[party]?.[key]) continue; // a dropped declaration, reported there
    report(context, "old", party, key, occurrence(at, party, key));
  }
  // The reference lists and the list items that carry an added or removed reference are explained.
  context.claimChild(pair, party);
  for (const [side, keys] of [["new", added], ["old", removed]] as const) {
    const at = pair[side];
    const items = (at?.value as { items?: unknown } | undefined)?.items;
    if (!at || !Array.isArray(items)) continue;
    items.forEach((item, index) => {
      const ref = (item as Record<string, unknown> | null)?.[itemKey];
      if (typeof ref === "string" && keys.includes(ref)) context.claim(side, [...at.path, "items", index]);
    });
  }
}

function report(context: DiffContext, side: SideName, party: Party, key: string, path: PolicyPath): void {
  const added = side === "new";
  const name = declaredName(context, side, party, key);
  context.emit({
    kind: party === "recipients" ? (added ? "recipient-added" : "recipient-removed") : added ? "source-added" : "source-removed",
    classification: added ? "material" : "editorial",
    side,
    path,
    before: added ? null : key,
    after: added ? key : null,
    reason: added ? (party === "recipients" ? reasons.newRecipient : reasons.newSource) : reasons.narrowed,
    summary: localized((language) => {
      const where = inChapter(context, side, path, language).trim();
      const place = where ? capitalize(where) : language === "nl" ? "In de melding" : "In the notice";
      if (party === "recipients") {
        if (language === "nl") return added ? `${place}: gegevens gaan nu ook naar ${name}.` : `${place}: gegevens gaan niet meer naar ${name}.`;
        return added ? `${place}: data now also go to ${name}.` : `${place}: data no longer go to ${name}.`;
      }
      if (language === "nl") return added ? `${place}: gegevens komen nu ook van ${name}.` : `${place}: gegevens komen niet meer van ${name}.`;
      return added ? `${place}: data now also come from ${name}.` : `${place}: data no longer come from ${name}.`;
    }),
  });
}

/** Every key a section refers to: its reference list and the references of its list items. */
function referencesOf(section: unknown, party: Party): string[] {
  if (typeof section !== "object" || section === null || isNotApplicable(section)) return [];
  const record = section as Record<string, unknown>;
  const itemKey = party === "recipients" ? "recipient" : "source";
  const fromItems = Array.isArray(record["items"]) ? record["items"].map((item) => (item as Record<string, unknown> | null)?.[itemKey]) : [];
  return [...new Set([...stringList(record[party]), ...stringList(fromItems)])];
}

/** Where a reference occurs in a section: its list item, else its entry in the reference list. */
function occurrence(at: Located, party: Party, key: string): PolicyPath {
  const record = at.value as Record<string, unknown>;
  const itemKey = party === "recipients" ? "recipient" : "source";
  const items = Array.isArray(record["items"]) ? record["items"] : [];
  const index = items.findIndex((item) => (item as Record<string, unknown> | null)?.[itemKey] === key);
  if (index !== -1) return [...at.path, "items", index];
  return entryPath(at.path, party, record[party], key);
}

function entryPath(parent: PolicyPath, field: string, list: unknown, item: string): PolicyPath {
  const index = Array.isArray(list) ? list.indexOf(item) : -1;
  return index === -1 ? [...parent, field] : [...parent, field, index];
}

/** The places that use a declared recipient or source: chapters and transfers, in words. */
function usersOf(policy: Policy, party: Party, key: string): { nl: string; en: string }[] {
  const users: { nl: string; en: string }[] = [];
  policy.chapters.forEach((chapter: Chapter) => {
    const section = party === "recipients" ? chapter.recipients : chapter.collection;
    if (referencesOf(section, party).includes(key)) users.push({ nl: `hoofdstuk ‘${chapter.title}’`, en: `chapter ‘${chapter.title}’` });
  });
  if (party === "recipients") {
    for (const [transferKey, transfer] of Object.entries(declaredTransfers(policy))) {
      if (transfer?.recipients?.includes(key)) users.push({ nl: `doorgifte ‘${transferKey}’`, en: `transfer ‘${transferKey}’` });
    }
  }
  return users;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

