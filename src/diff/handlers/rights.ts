/** The rights chapter: rights named or no longer named. */
import { reportedAt } from "../context.js";
import type { Handler } from "../walk.js";
import { reasons } from "../reasons.js";
import { localized } from "../words.js";
import { codeLabel, indexPath, setChanges, stringList } from "./common.js";

export const rightsChapter: Handler = (pair, context) => {
  const rights = context.childPair(pair, "rights");
  const { added, removed } = setChanges(stringList(rights.old?.value), stringList(rights.new?.value));
  for (const [side, items] of [["new", added], ["old", removed]] as const) {
    const node = rights[side] ?? pair[side] ?? reportedAt(pair).at;
    for (const right of items) {
      const isAdded = side === "new";
      context.emit({
        kind: isAdded ? "right-added" : "right-removed",
        classification: isAdded ? "editorial" : "material",
        side,
        path: indexPath(node.path, node.value, right),
        before: isAdded ? null : right,
        after: isAdded ? right : null,
        reason: isAdded ? reasons.rightAdded : reasons.rightRemoved,
        summary: localized((language) => {
          const label = codeLabel(context, "right", right, language);
          if (language === "nl") return isAdded ? `Recht toegevoegd: ${label}.` : `Recht niet meer vermeld: ${label}.`;
          return isAdded ? `Right added: ${label}.` : `Right no longer stated: ${label}.`;
        }),
      });
    }
  }
  context.claimChild(pair, "rights");
};
