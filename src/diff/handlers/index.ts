/** The diff handlers by schema definition name (`$defs` of schema/policy.schema.json). */
import type { Handler } from "../walk.js";
import { category } from "./categories.js";
import { chapter } from "./chapters.js";
import { contactPoint } from "./contacts.js";
import { collection, recipient, recipientsSection, source } from "./parties.js";
import { purpose } from "./purposes.js";
import { retentionItem, retentionRule } from "./retention.js";
import { rightsChapter } from "./rights.js";
import { transfer } from "./transfers.js";

export const handlers: Readonly<Record<string, Handler>> = {
  chapter,
  purpose,
  category,
  recipient,
  source,
  recipientsSection,
  collection,
  retentionRule,
  retentionItem,
  transfer,
  rightsChapter,
  contactPoint,
};
