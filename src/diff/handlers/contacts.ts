/**
 * Contact points of the controller, its DPO and representative. Losing or changing a channel changes
 * how data subjects exercise their rights (material, WP260 para 29); an extra channel is editorial.
 */
import type { Language, PolicyPath } from "../../diagnostics/index.js";
import type { ContactPoint } from "../../model/index.js";
import { reportedAt } from "../context.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { localized, quote } from "../words.js";
import { codeLabels, setChanges, stringList } from "./common.js";

const channels = {
  email: { nl: "e-mail", en: "e-mail" },
  phone: { nl: "telefoon", en: "phone" },
  postalAddress: { nl: "postadres", en: "postal address" },
  url: { nl: "webadres", en: "web address" },
} as const;

type Channel = keyof typeof channels;

export const contactPoint: Handler = (pair, context) => {
  const { side, at } = reportedAt(pair);
  const name = (language: Language): string => contactName(at.path, at.value as ContactPoint, language);
  if (!pair.old || !pair.new) {
    const added = side === "new";
    context.emit({
      kind: "controller-changed",
      classification: added ? "editorial" : "material",
      side,
      path: at.path,
      before: added ? null : (at.value as ContactPoint),
      after: added ? (at.value as ContactPoint) : null,
      reason: added ? reasons.contactAdded : reasons.contactChanged,
      summary: localized((language) =>
        language === "nl"
          ? `${capitalize(name(language))}${channelList(at.value as ContactPoint)} ${added ? "toegevoegd" : "vervalt"}.`
          : `${capitalize(name(language))}${channelList(at.value as ContactPoint)} ${added ? "added" : "dropped"}.`,
      ),
    });
    context.claimPair(pair);
    return;
  }

  const before = pair.old.value as ContactPoint;
  const after = pair.new.value as ContactPoint;
  for (const channel of Object.keys(channels) as Channel[]) {
    const was = before[channel];
    const now = after[channel];
    if (was !== now) {
      const material = was !== undefined; // changed or gone; a new channel only adds a way in
      context.emit({
        kind: "controller-changed",
        classification: material ? "material" : "editorial",
        side: now === undefined ? "old" : "new",
        path: now === undefined ? [...pair.old.path, channel] : [...pair.new.path, channel],
        before: was ?? null,
        after: now ?? null,
        reason: material ? reasons.contactChanged : reasons.contactAdded,
        summary: localized((language) => {
          const none = language === "nl" ? "(geen)" : "(none)";
          return `${capitalize(name(language))}, ${channels[channel][language]}: ${was === undefined ? none : quote(was)} → ${now === undefined ? none : quote(now)}.`;
        }),
      });
    }
    context.claimChild(pair, channel);
  }

  const roles = setChanges(stringList(before.roles), stringList(after.roles));
  if (roles.added.length > 0 || roles.removed.length > 0) {
    const material = roles.removed.length > 0;
    context.emit({
      kind: "controller-changed",
      classification: material ? "material" : "editorial",
      side: "new",
      path: [...pair.new.path, "roles"],
      before: before.roles,
      after: after.roles,
      reason: material ? reasons.contactChanged : reasons.contactAdded,
      summary: localized((language) => {
        const parts: string[] = [];
        if (roles.added.length > 0) parts.push(`${language === "nl" ? "nu ook voor" : "now also for"} ${codeLabels(context, "contactRole", roles.added, language).toLowerCase()}`);
        if (roles.removed.length > 0) parts.push(`${language === "nl" ? "niet meer voor" : "no longer for"} ${codeLabels(context, "contactRole", roles.removed, language).toLowerCase()}`);
        return `${capitalize(name(language))}: ${parts.join("; ")}.`;
      }),
    });
  }
  context.claimChild(pair, "roles");
};

function contactName(path: PolicyPath, value: ContactPoint, language: Language): string {
  const owner = path[1];
  if (owner === "dpo") return language === "nl" ? "contactgegevens van de functionaris gegevensbescherming" : "contact details of the data protection officer";
  if (owner === "representative") return language === "nl" ? "contactgegevens van de vertegenwoordiger" : "contact details of the representative";
  const label = value.label ?? String(path.at(-1));
  return language === "nl" ? `contactpunt ‘${label}’` : `contact point ‘${label}’`;
}

function channelList(value: ContactPoint): string {
  const values = (Object.keys(channels) as Channel[]).map((channel) => value[channel]).filter((item): item is string => item !== undefined);
  return values.length === 0 ? "" : ` (${values.join(", ")})`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
