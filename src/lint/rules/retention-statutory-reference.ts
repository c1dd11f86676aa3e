import { DPV } from "../../model/index.js";
import { containsDuration, statutoryRetentionTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";
import { retentionStatements } from "../retention-statements.js";

/**
 * Retention tied to "wettelijke bewaartermijnen" / "de betreffende wetgeving" must name the statute
 * (a `statute` on a rule the statement expresses) and the period. Checked in the published text
 * first, then in the criteria of the rules it expresses (each rule once).
 */
export default defineRule({
  meta: {
    id: "retention-statutory-reference",
    articles: ["WP260 annex item 8", "Art. 13(2)(a)"],
    dpv: `${DPV}StorageDuration`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Noem bij ‘wettelijke bewaartermijnen’ de wet en de termijn.",
      en: "When citing ‘statutory retention periods’, name the law and the period.",
    },
    messages: {
      noStatute: {
        nl: "Verwijzing naar ‘{{phrase}}’ zonder wet: noem de wet en de termijn (bijv. ‘7 jaar, art. 52 AWR’).",
        en: "Reference to ‘{{phrase}}’ without naming the law: name the law and the period (e.g. ‘7 years, Art. 52 AWR’).",
      },
      noPeriod: {
        nl: "Verwijzing naar ‘{{phrase}}’ noemt de wet maar niet de termijn: vermeld ook de termijn.",
        en: "Reference to ‘{{phrase}}’ names the law but not the period: state the period too.",
      },
    },
    examples: {
      incorrect: `retentionRules:
  wettelijk:
    criteria: de wettelijke bewaartermijnen
chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 Algemene wet inzake rijksbelastingen
    retention:
      items:
        - text: Facturen bewaren wij volgens de wettelijke bewaartermijnen.
          rules: [wettelijk]
          purposes: [administratie]
`,
      correct: `chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: administratie
          text: onze administratie bijhouden.
          legalBasis: legal-obligation
          lawReference: artikel 52 Algemene wet inzake rijksbelastingen
    retention:
      items:
        - text: Facturen bewaren wij 7 jaar, de wettelijke bewaartermijn van artikel 52 Algemene wet inzake rijksbelastingen.
          rules: [fiscaal]
          purposes: [administratie]
`,
    },
  },
  check({ policy, report }) {
    const rules = policy.retentionRules ?? {};
    const handledRules = new Set<string>();
    const pending: { id: string; phrase: string }[] = [];
    for (const statement of retentionStatements(policy)) {
      const expressed = statement.rules.flatMap((id) => {
        const rule = rules[id];
        return rule ? [{ id, rule }] : [];
      });
      const withStatute = expressed.some(({ rule }) => rule.statute !== undefined);
      const withPeriod =
        expressed.some(({ rule }) => rule.period !== undefined) || statement.periodTexts.some(containsDuration);
      const phrase = statutoryRetentionTerms.find(statement.text);
      if (phrase) {
        expressed.forEach(({ id }) => handledRules.add(id));
        if (!withStatute) report({ messageId: "noStatute", path: statement.path, data: { phrase } });
        else if (!withPeriod) report({ messageId: "noPeriod", path: statement.path, data: { phrase } });
        continue;
      }
      for (const { id, rule } of expressed) {
        const inCriteria = rule.statute === undefined ? statutoryRetentionTerms.find(rule.criteria ?? "") : undefined;
        if (inCriteria) pending.push({ id, phrase: inCriteria });
      }
    }
    const reported = new Set<string>();
    for (const { id, phrase } of pending) {
      if (handledRules.has(id) || reported.has(id)) continue;
      reported.add(id);
      report({ messageId: "noStatute", path: ["retentionRules", id, "criteria"], data: { phrase } });
    }
  },
});
