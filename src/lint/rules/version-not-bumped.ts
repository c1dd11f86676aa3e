import type { Policy } from "../../model/index.js";
import { defineRule } from "../rule.js";

/** The members that date and number a version; every other member is its content. */
const versionKeys = new Set(["version", "lastUpdated"]);

export default defineRule({
  meta: {
    id: "version-not-bumped",
    articles: ["Art. 12(1)", "Art. 13(3)", "WP260 para 29-31"],
    type: "consistency",
    defaultSeverity: "error",
    docs: {
      nl: "Verhoog `version` en `lastUpdated` wanneer de inhoud van de melding verandert.",
      en: "Raise `version` and `lastUpdated` when the content of the notice changes.",
    },
    messages: {
      versionSame: {
        nl: "De inhoud is gewijzigd ten opzichte van de vorige versie, maar `version` is nog steeds \"{{version}}\". Verhoog de versie, zodat websites en toestemmingsregistraties de versies uit elkaar kunnen houden.",
        en: "The content changed since the previous version, but `version` is still \"{{version}}\". Raise the version, so websites and consent records can tell the versions apart.",
      },
      lastUpdatedSame: {
        nl: "De inhoud is gewijzigd ten opzichte van de vorige versie, maar `lastUpdated` is nog steeds {{date}}. Zet de datum van deze wijziging.",
        en: "The content changed since the previous version, but `lastUpdated` is still {{date}}. Set the date of this change.",
      },
    },
    examples: {
      previous: `title: Privacyverklaring van Fietsapp
`,
      incorrect: `title: Privacyverklaring Fietsapp
`,
      correct: `title: Privacyverklaring Fietsapp
lastUpdated: 2025-06-01
version: "2025-06-01"
`,
    },
  },
  check({ policy, previous, report }) {
    // Without a previous version there is nothing to compare with.
    if (previous === undefined || canonicalContent(policy) === canonicalContent(previous)) return;
    if (policy.version !== undefined && policy.version === previous.version) {
      report({ messageId: "versionSame", path: ["version"], data: { version: policy.version } });
    }
    if (policy.lastUpdated !== undefined && policy.lastUpdated === previous.lastUpdated) {
      report({ messageId: "lastUpdatedSame", path: ["lastUpdated"], data: { date: policy.lastUpdated } });
    }
  },
});

/** The policy without its version members, as JSON with sorted keys (key order is not content). */
function canonicalContent(policy: Policy): string {
  return JSON.stringify(sortKeys(Object.fromEntries(Object.entries(policy).filter(([key]) => !versionKeys.has(key)))));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
}
