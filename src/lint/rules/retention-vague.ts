import { DPV } from "../../model/index.js";
import { containsDuration, statutoryRetentionTerms, vagueRetentionTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";
import { retentionStatements } from "../retention-statements.js";

/**
 * Vague wording ("redelijke termijn", "zolang nodig", "afhankelijk van") in a retention statement
 * that has no period (no rule with `period`, no duration in its text) and no statute. Wording about
 * "wettelijke bewaartermijnen" is left to `retention-statutory-reference`, so one gap is told once.
 */
export default defineRule({
  meta: {
    id: "retention-vague",
    articles: ["WP260 annex item 8", "Art. 5(1)(e)", "Art. 13(2)(a)"],
    dpv: `${DPV}StorageDuration`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Geef een concrete bewaartermijn of toetsbare criteria, geen ‘redelijke termijn’ of ‘zolang nodig’.",
      en: "Give a concrete retention period or verifiable criteria, not ‘a reasonable period’ or ‘as long as necessary’.",
    },
    messages: {
      vagueText: {
        nl: "Vage bewaartermijn (‘{{phrase}}’): noem een concrete termijn of toetsbare criteria.",
        en: "Vague retention (‘{{phrase}}’): give a concrete period or verifiable criteria.",
      },
      vagueCriteria: {
        nl: "Bewaarregel `{{rule}}` heeft alleen vage criteria (‘{{phrase}}’): noem een concrete termijn of toetsbare criteria.",
        en: "Retention rule `{{rule}}` only has vague criteria (‘{{phrase}}’): give a concrete period or verifiable criteria.",
      },
    },
    dependsOn: ["retention-stated"],
    examples: {
      incorrect: `retentionRules:
  fraude:
    criteria: gedurende een redelijke termijn
chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: fraude-voorkomen
          text: misbruik van de app voorkomen.
          legalBasis: legitimate-interest
          legitimateInterest: Wij willen voorkomen dat accounts worden misbruikt.
    retention:
      items:
        - text: Wij bewaren deze gegevens gedurende een redelijke termijn.
          rules: [fraude]
          purposes: [fraude-voorkomen]
`,
      correct: `retentionRules:
  fraude:
    period: P2Y
    trigger: het laatste misbruik dat wij vaststelden
chapters:
  - id: gebruiker
    title: U gebruikt de app
    purposes:
      items:
        - id: fraude-voorkomen
          text: misbruik van de app voorkomen.
          legalBasis: legitimate-interest
          legitimateInterest: Wij willen voorkomen dat accounts worden misbruikt.
    retention:
      items:
        - text: Wij bewaren deze gegevens tot 2 jaar na het laatste misbruik dat wij vaststelden.
          rules: [fraude]
          purposes: [fraude-voorkomen]
`,
    },
  },
  check({ policy, report }) {
    const rules = policy.retentionRules ?? {};
    // Published wording is reported first; a rule's criteria only when no text expressing it was.
    const handledRules = new Set<string>();
    const pending: { id: string; phrase: string }[] = [];
    for (const statement of retentionStatements(policy)) {
      const expressed = statement.rules.flatMap((id) => {
        const rule = rules[id];
        return rule ? [{ id, rule }] : [];
      });
      if (expressed.some(({ rule }) => rule.period !== undefined || rule.statute !== undefined)) continue;
      if (statement.periodTexts.some(containsDuration)) continue;
      if (statutoryRetentionTerms.find(statement.text)) continue;
      const phrase = vagueRetentionTerms.find(statement.text);
      if (phrase) {
        report({ messageId: "vagueText", path: statement.path, data: { phrase } });
        expressed.forEach(({ id }) => handledRules.add(id));
        continue;
      }
      for (const { id, rule } of expressed) {
        const criteria = rule.criteria ?? "";
        const found = statutoryRetentionTerms.find(criteria) ? undefined : vagueRetentionTerms.find(criteria);
        if (found) pending.push({ id, phrase: found });
      }
    }
    const reported = new Set<string>();
    for (const { id, phrase } of pending) {
      if (handledRules.has(id) || reported.has(id)) continue;
      reported.add(id);
      report({ messageId: "vagueCriteria", path: ["retentionRules", id, "criteria"], data: { rule: id, phrase } });
    }
  },
});
