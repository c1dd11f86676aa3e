/**
 * Differences no handler explained: published text is a wording change (editorial), bookkeeping
 * fields are metadata (editorial), and any other code or flag is a field change that the tool cannot
 * judge and therefore calls material, so a person looks at it.
 */
import type { LocalizedText, PolicyPath } from "../diagnostics/index.js";
import { reportedAt, type DiffContext, type NodePair } from "./context.js";
import { changedExcerpt, localized, placeOf, quote } from "./words.js";

/** Fields that only identify or lay out the notice. */
const METADATA_KEYS = new Set(["format", "id", "language", "lastUpdated", "version", "layout"]);

const metadataNames: Readonly<Record<string, LocalizedText>> = {
  format: { nl: "Formaat", en: "Format" },
  id: { nl: "Sleutel", en: "Key" },
  language: { nl: "Taal", en: "Language" },
  lastUpdated: { nl: "Datum van de laatste wijziging", en: "Last updated" },
  version: { nl: "Versie", en: "Version" },
  layout: { nl: "Weergave", en: "Layout" },
};

/** Controller fields that say who is responsible: changing them is a change of controller (WP260 para 29). */
const IDENTITY_KEYS = new Set(["name", "legalName", "group", "includesAffiliates", "establishedInEU", "publicAuthority"]);

export function leafChange(pair: NodePair, context: DiffContext): void {
  const { side, at } = reportedAt(pair);
  const before = pair.old?.value;
  const after = pair.new?.value;
  const place = (language: "nl" | "en"): string => placeOf(side === "new" ? context.new : context.old, at.path, language);

  if (isIdentityPath(at.path)) {
    context.emit({
      kind: "controller-changed",
      classification: "material",
      side,
      path: at.path,
      before: before ?? null,
      after: after ?? null,
      reason: {
        nl: "Een andere identiteit van de verwerkingsverantwoordelijke moet aan betrokkenen worden gemeld (art. 13 lid 1 sub a AVG; WP260, punt 29).",
        en: "A change in the controller's identity must be communicated to data subjects (Art. 13(1)(a) GDPR; WP260 para 29).",
      },
      summary: localized((language) => {
        const where = place(language);
        return `${where.charAt(0).toUpperCase()}${where.slice(1)} (${String(at.path.at(-1))}): ${valueWords(before, language)} → ${valueWords(after, language)}.`;
      }),
    });
    return;
  }

  const textKind = at.shape ? context.schema.textKind(at.shape) : undefined;
  if (textKind && (typeof before === "string" || typeof after === "string")) {
    const markdown = textKind === "markdown" && typeof before === "string" && typeof after === "string" ? { before, after } : undefined;
    context.emit({
      kind: "wording-changed",
      classification: "editorial",
      side,
      path: at.path,
      before: before ?? null,
      after: after ?? null,
      reason: {
        nl: "Alleen de formulering is anders; wat er met gegevens gebeurt, blijft hetzelfde.",
        en: "Only the wording differs; what happens to the data stays the same.",
      },
      summary: wordingSummary(before, after, place),
      ...(markdown ? { markdown } : {}),
    });
    return;
  }

  const key = at.path.at(-1);
  if (typeof key === "string" && METADATA_KEYS.has(key)) {
    context.emit({
      kind: "metadata-changed",
      classification: "editorial",
      side,
      path: at.path,
      before: before ?? null,
      after: after ?? null,
      reason: {
        nl: "Gegevens over de melding zelf (datum, versie, sleutel, opmaak), niet over de verwerking.",
        en: "Data about the notice itself (date, version, key, layout), not about the processing.",
      },
      summary: localized((language) => {
        const field = metadataNames[key]?.[language] ?? key;
        const where = at.path.length > 1 ? ` (${place(language)})` : "";
        return `${field}${where}: ${valueWords(before, language)} → ${valueWords(after, language)}.`;
      }),
    });
    return;
  }

  context.emit({
    kind: "field-changed",
    classification: "material",
    side,
    path: at.path,
    before: before ?? null,
    after: after ?? null,
    reason: {
      nl: "Een vastgelegde betekenis (code of vlag) is gewijzigd; het hulpmiddel kan niet beoordelen of betrokkenen dit moeten weten en rekent het daarom tot de wezenlijke wijzigingen. Beoordeel dit zelf.",
      en: "A recorded meaning (code or flag) changed; the tool cannot judge whether data subjects need to know, so it counts it as material. Review it yourself.",
    },
    summary: localized((language) =>
      language === "nl"
        ? `Gewijzigd in ${place(language)} (\`${fieldName(at.path)}\`): ${valueWords(before, language)} → ${valueWords(after, language)}.`
        : `Changed in ${place(language)} (\`${fieldName(at.path)}\`): ${valueWords(before, language)} → ${valueWords(after, language)}.`,
    ),
  });
}

function wordingSummary(before: unknown, after: unknown, place: (language: "nl" | "en") => string): LocalizedText {
  if (typeof before === "string" && typeof after === "string") {
    const excerpt = changedExcerpt(before, after);
    return localized((language) =>
      language === "nl"
        ? `Tekst gewijzigd in ${place(language)}: ${excerpt.before} → ${excerpt.after}.`
        : `Text changed in ${place(language)}: ${excerpt.before} → ${excerpt.after}.`,
    );
  }
  if (typeof after === "string") {
    return localized((language) =>
      language === "nl" ? `Tekst toegevoegd in ${place(language)}: ${quote(after)}.` : `Text added in ${place(language)}: ${quote(after)}.`,
    );
  }
  return localized((language) =>
    language === "nl" ? `Tekst verwijderd uit ${place(language)}: ${quote(String(before))}.` : `Text removed from ${place(language)}: ${quote(String(before))}.`,
  );
}

function isIdentityPath(path: PolicyPath): boolean {
  if (path[0] !== "controller") return false;
  if (path.length === 2) return IDENTITY_KEYS.has(String(path[1]));
  // The EU representative and joint controllers are who data subjects deal with, too.
  if (path.length === 3 && path[1] === "representative" && path[2] === "name") return true;
  return path.length === 4 && path[1] === "jointControllers" && path[3] === "name";
}

/** The field name with its parent, e.g. `purposes.items[2].directMarketing` → `directMarketing`. */
function fieldName(path: PolicyPath): string {
  const named = path.filter((segment): segment is string => typeof segment === "string");
  return named.slice(-2).join(".");
}

/** A value in a few words: a quote for text, "ja"/"nee" for flags, "—" for nothing. */
export function valueWords(value: unknown, language: "nl" | "en"): string {
  if (value === undefined || value === null) return language === "nl" ? "(niet vermeld)" : "(not stated)";
  if (typeof value === "boolean") return value ? (language === "nl" ? "ja" : "yes") : language === "nl" ? "nee" : "no";
  if (typeof value === "string") return /\s/.test(value) ? quote(value) : `\`${value}\``;
  if (typeof value === "number") return String(value);
  return `\`${JSON.stringify(value)}\``;
}
