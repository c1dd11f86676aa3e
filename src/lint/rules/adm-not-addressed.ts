import { DPV, purposeName, type Purpose } from "../../model/index.js";
import type { PolicyPath } from "../../diagnostics/index.js";
import { admAnalysisTerms, admRiskTerms } from "../lexicon.js";
import { defineRule } from "../rule.js";

/**
 * A notice whose purposes profile (`profiling: true`) or assess risk, score, underwrite, screen for
 * fraud or analyse the data subject's needs (`admRiskTerms`, `admAnalysisTerms`) must say something about
 * automated decisions and profiling, even "none". An ADM statement that says "none" while a purpose
 * is marked `profiling: true` contradicts it.
 */
export default defineRule({
  meta: {
    id: "adm-not-addressed",
    articles: ["Art. 13(2)(f)", "Art. 14(2)(g)", "WP251"],
    dpv: `${DPV}Profiling`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Neem een verklaring over geautomatiseerde besluitvorming en profilering op als doelen risico's beoordelen, scoren of analyseren.",
      en: "Include a statement on automated decision-making and profiling when purposes assess risk, score or analyse.",
    },
    messages: {
      signal: {
        nl: "Risicobeoordeling of analyse vermeld (‘{{phrase}}’ in doel `{{purpose}}`), maar niets over geautomatiseerde besluitvorming of profilering; neem een verklaring op.",
        en: "Risk assessment or analysis mentioned (‘{{phrase}}’ in purpose `{{purpose}}`), but no statement on automated decision-making or profiling.",
      },
      profiling: {
        nl: "Doel `{{purpose}}` omvat profilering, maar de melding zegt niets over geautomatiseerde besluitvorming of profilering; neem een verklaring op.",
        en: "Purpose `{{purpose}}` involves profiling, but the notice says nothing about automated decision-making or profiling.",
      },
      contradicted: {
        nl: "De verklaring zegt dat er geen geautomatiseerde besluitvorming of profilering is, maar doel `{{purpose}}` omvat profilering.",
        en: "The statement says there is no automated decision-making or profiling, but purpose `{{purpose}}` involves profiling.",
      },
    },
    examples: {
      incorrect: `automatedDecisionMaking: null
chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: acceptatie
          text: het beoordelen van het verzekeringsrisico voordat wij een polis afsluiten.
          legalBasis: contract
`,
      correct: `automatedDecisionMaking:
  title: Geautomatiseerde besluitvorming
  text: Een medewerker beoordeelt elke aanvraag; wij nemen geen besluiten die uitsluitend op geautomatiseerde verwerking berusten.
  exists: false
chapters:
  - id: klant
    title: U bent klant
    purposes:
      items:
        - id: acceptatie
          text: het beoordelen van het verzekeringsrisico voordat wij een polis afsluiten.
          legalBasis: contract
`,
    },
  },
  check({ policy, report }) {
    // Every purpose and group with its path, so a finding points at the purpose that gives the signal.
    const all = (items: readonly Purpose[], path: PolicyPath): { purpose: Purpose; path: PolicyPath }[] =>
      items.flatMap((purpose, index) => [
        { purpose, path: [...path, index] },
        ...all(purpose.items ?? [], [...path, index, "items"]),
      ]);
    const located = policy.chapters.flatMap((chapter, index) =>
      all(chapter.purposes?.items ?? [], ["chapters", index, "purposes", "items"]),
    );
    const profiled = located.find(({ purpose }) => purpose.profiling === true);
    const adm = policy.automatedDecisionMaking;
    if (adm) {
      if (adm.exists === false && profiled) {
        report({ messageId: "contradicted", path: ["automatedDecisionMaking", "exists"], data: { purpose: purposeName(profiled.purpose) } });
      }
      return;
    }
    if (profiled) {
      report({ messageId: "profiling", path: [...profiled.path, "profiling"], data: { purpose: purposeName(profiled.purpose) } });
      return;
    }
    // Risk assessment and scoring are the stronger signal, so they are named first when both occur.
    for (const terms of [admRiskTerms, admAnalysisTerms]) {
      for (const { purpose, path } of located) {
        const phrase = terms.find(purpose.text);
        if (!phrase) continue;
        report({ messageId: "signal", path: [...path, "text"], data: { phrase, purpose: purposeName(purpose) } });
        return;
      }
    }
  },
});
