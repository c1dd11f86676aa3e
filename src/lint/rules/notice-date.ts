import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

export default defineRule({
  meta: {
    id: "notice-date",
    articles: ["WP260 para 29-31"],
    dpv: `${DPV}PrivacyNotice`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Vermeld de datum of versie van deze privacyverklaring.",
      en: "State the date or version of this notice.",
    },
    messages: {
      missing: {
        nl: "Vermeld de datum (`lastUpdated`) of versie (`version`) van deze privacyverklaring.",
        en: "State the date (`lastUpdated`) or version (`version`) of this notice.",
      },
    },
    examples: {
      incorrect: `lastUpdated: null
version: null
`,
      correct: `lastUpdated: 2025-03-01
version: null
`,
    },
  },
  check({ policy, report }) {
    if (policy.lastUpdated === undefined && policy.version === undefined) report({ messageId: "missing", path: [], at: "key" });
  },
});
