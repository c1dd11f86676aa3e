/** Transfers outside the EEA: new transfers, third countries, mechanisms and recipients. */
import type { PolicyPath } from "../../diagnostics/index.js";
import type { Transfer } from "../../model/index.js";
import { reportedAt, type DiffContext, type NodePair } from "../context.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { joinWords, localized } from "../words.js";
import { codeLabels, declaredName, indexPath, setChanges, stringList } from "./common.js";

/** A declared transfer (`transfers.transfers.<key>`). */
export const transfer: Handler = (pair, context) => {
  const { side, at } = reportedAt(pair);
  const key = String(at.path.at(-1));
  if (!pair.old || !pair.new) {
    const added = side === "new";
    const value = at.value as Transfer;
    const chapters = context
      .policy(side)
      .chapters.filter((chapter) => chapter.transfers?.includes(key))
      .map((chapter) => `‘${chapter.title}’`);
    context.emit({
      kind: added ? "transfer-added" : "transfer-removed",
      classification: added ? "material" : "editorial",
      side,
      path: at.path,
      before: added ? null : value,
      after: added ? value : null,
      reason: added ? reasons.newTransfer : reasons.narrowed,
      summary: localized((language) => {
        const countries = stringList(value.countries).join(", ") || (language === "nl" ? "landen niet genoemd" : "countries not named");
        const mechanisms = codeLabels(context, "transferMechanism", stringList(value.mechanisms), language);
        const recipients = joinWords(stringList(value.recipients).map((id) => declaredName(context, side, "recipients", id)), language);
        const forChapters = chapters.length === 0 ? "" : language === "nl" ? `; voor hoofdstuk ${joinWords(chapters, language)}` : `; for chapter ${joinWords(chapters, language)}`;
        if (language === "nl") {
          return added
            ? `Nieuwe doorgifte buiten de EER ‘${key}’: naar ${countries}${recipients ? ` (${recipients})` : ""}, op grond van ${mechanisms}${forChapters}.`
            : `Doorgifte buiten de EER ‘${key}’ vervalt (${countries}).`;
        }
        return added
          ? `New transfer outside the EEA ‘${key}’: to ${countries}${recipients ? ` (${recipients})` : ""}, under ${mechanisms}${forChapters}.`
          : `Transfer outside the EEA ‘${key}’ dropped (${countries}).`;
      }),
    });
    context.claimPair(pair);
    return;
  }

  const before = pair.old.value as Transfer;
  const after = pair.new.value as Transfer;
  listChanges(pair, context, key, "countries", stringList(before.countries), stringList(after.countries));
  listChanges(pair, context, key, "mechanisms", stringList(before.mechanisms), stringList(after.mechanisms));
  listChanges(pair, context, key, "recipients", stringList(before.recipients), stringList(after.recipients));
};

type Field = "countries" | "mechanisms" | "recipients";

const kinds = {
  countries: ["country-added", "country-removed"],
  mechanisms: ["mechanism-added", "mechanism-removed"],
  recipients: ["recipient-added", "recipient-removed"],
} as const;

function listChanges(pair: NodePair, context: DiffContext, key: string, field: Field, before: string[], after: string[]): void {
  const { added, removed } = setChanges(before, after);
  const name = (side: "old" | "new", item: string, language: "nl" | "en"): string => {
    if (field === "mechanisms") return codeLabels(context, "transferMechanism", [item], language);
    if (field === "recipients") return declaredName(context, side, "recipients", item);
    return item;
  };
  const what = {
    countries: { nl: ["nieuw derde land", "derde land vervalt"], en: ["new third country", "third country dropped"] },
    mechanisms: { nl: ["nieuwe doorgiftegrondslag", "doorgiftegrondslag vervalt"], en: ["new transfer mechanism", "transfer mechanism dropped"] },
    recipients: { nl: ["nu ook naar", "niet meer naar"], en: ["now also to", "no longer to"] },
  } as const;
  for (const [side, items] of [["new", added], ["old", removed]] as const) {
    const node = pair[side];
    if (!node) continue;
    for (const item of items) {
      const isAdded = side === "new";
      // A recipient that is itself new is reported with its declaration.
      if (field === "recipients" && !context.policy(isAdded ? "old" : "new").recipients?.[item]) continue;
      const path: PolicyPath = indexPath([...node.path, field], (node.value as Transfer)[field], item);
      context.emit({
        kind: kinds[field][isAdded ? 0 : 1],
        classification: isAdded ? "material" : "editorial",
        side,
        path,
        before: isAdded ? null : item,
        after: isAdded ? item : null,
        reason: isAdded ? (field === "recipients" ? reasons.newRecipient : reasons.newTransfer) : reasons.narrowed,
        summary: localized((language) => {
          const label = what[field][language][isAdded ? 0 : 1];
          return language === "nl"
            ? `Doorgifte buiten de EER ‘${key}’: ${label} ${name(side, item, language)}.`
            : `Transfer outside the EEA ‘${key}’: ${label} ${name(side, item, language)}.`;
        }),
      });
    }
  }
  context.claimChild(pair, field);
}
