/** Chapters (a group of data subjects or a processing activity) and the transfers they refer to. */
import { leafPurposes, type Chapter, type Policy, type Transfer } from "../../model/index.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { localized } from "../words.js";
import { indexPath, setChanges, stringList } from "./common.js";

export const chapter: Handler = (pair, context) => {
  if (!pair.old || !pair.new) {
    const added = pair.new !== undefined;
    const at = (pair.new ?? pair.old) as NonNullable<typeof pair.new>;
    const value = at.value as Chapter;
    const purposes = leafPurposes(value, at.path).length;
    context.emit({
      kind: added ? "chapter-added" : "chapter-removed",
      classification: added ? "material" : "editorial",
      side: added ? "new" : "old",
      path: at.path,
      before: added ? null : value,
      after: added ? value : null,
      reason: added ? reasons.newChapter : reasons.narrowed,
      summary: localized((language) => {
        const count =
          purposes === 0 ? "" : language === "nl" ? ` (${purposes} ${purposes === 1 ? "doel" : "doelen"})` : ` (${purposes} ${purposes === 1 ? "purpose" : "purposes"})`;
        if (language === "nl") return added ? `Nieuw hoofdstuk ‘${value.title}’${count}.` : `Hoofdstuk ‘${value.title}’ vervalt${count}.`;
        return added ? `New chapter ‘${value.title}’${count}.` : `Chapter ‘${value.title}’ is dropped${count}.`;
      }),
    });
    context.claimPair(pair);
    return;
  }

  // A transfer that now also concerns this chapter's data subjects.
  const transfers = context.childPair(pair, "transfers");
  const { added, removed } = setChanges(stringList(transfers.old?.value), stringList(transfers.new?.value));
  const title = (pair.new.value as Chapter).title;
  for (const key of added) {
    if (!declaredTransfers(context.old)[key]) continue; // reported as a new transfer
    context.emit({
      kind: "transfer-added",
      classification: "material",
      side: "new",
      path: indexPath([...pair.new.path, "transfers"], transfers.new?.value, key),
      before: null,
      after: key,
      reason: reasons.newTransfer,
      summary: localized((language) =>
        language === "nl"
          ? `De doorgifte buiten de EER ‘${key}’ geldt nu ook voor hoofdstuk ‘${title}’.`
          : `The transfer outside the EEA ‘${key}’ now also concerns chapter ‘${title}’.`,
      ),
    });
  }
  for (const key of removed) {
    if (!declaredTransfers(context.new)[key]) continue;
    context.emit({
      kind: "transfer-removed",
      classification: "editorial",
      side: "old",
      path: indexPath([...pair.old.path, "transfers"], transfers.old?.value, key),
      before: key,
      after: null,
      reason: reasons.narrowed,
      summary: localized((language) =>
        language === "nl"
          ? `De doorgifte buiten de EER ‘${key}’ geldt niet meer voor hoofdstuk ‘${title}’.`
          : `The transfer outside the EEA ‘${key}’ no longer concerns chapter ‘${title}’.`,
      ),
    });
  }
  context.claimChild(pair, "transfers");
};

/** The declared transfers of a policy, by key (none when transfers are not applicable). */
export function declaredTransfers(policy: Policy): Readonly<Record<string, Transfer | undefined>> {
  const chapter = policy.transfers;
  return chapter && "transfers" in chapter ? chapter.transfers : {};
}
