/**
 * Art. 9(2)(b), (g), (h), (i) and (j) let special-category data be processed on the basis of Union or
 * Member-State law; the notice names that law (WP260 annex item 3; in NL usually UAVG art. 22-30).
 */
import type { Art9Condition } from "../../model/policy.generated.js";
import { DPV, inheritedField, policyLeafPurposes, purposeName } from "../../model/index.js";
import { defineRule } from "../rule.js";

/** Conditions of Art. 9(2) that rest on Union or Member-State law. */
const lawBasedConditions: ReadonlySet<Art9Condition> = new Set(["art9-2-b", "art9-2-g", "art9-2-h", "art9-2-i", "art9-2-j"]);

export default defineRule({
  meta: {
    id: "special-category-law-named",
    articles: ["WP260 annex item 3", "Art. 9(2)(b),(g)-(j)", "UAVG art. 22-30"],
    dpv: `${DPV}SpecialCategoryPersonalData`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Een doel met een art. 9-uitzondering die op wetgeving steunt (sub b, g, h, i, j) noemt die wet (`art9LawReference`).",
      en: "A purpose with an Art. 9 condition that rests on law (points b, g, h, i, j) names that law (`art9LawReference`).",
    },
    messages: {
      missing: {
        nl: "Doel `{{purpose}}` steunt op `{{condition}}`: noem de wet waarop de verwerking van bijzondere persoonsgegevens steunt (`art9LawReference`).",
        en: "Purpose `{{purpose}}` relies on `{{condition}}`: name the law on which the special-category processing relies (`art9LawReference`).",
      },
    },
    examples: {
      incorrect:
        "chapters:\n  - id: medewerker\n    title: U werkt bij ons\n    purposes:\n      items:\n        - id: verzuim\n          text: uw ziekteverzuim registreren.\n          legalBasis: legal-obligation\n          lawReference: Wet verbetering poortwachter\n          art9Condition: art9-2-b\n",
      correct:
        "chapters:\n  - id: medewerker\n    title: U werkt bij ons\n    purposes:\n      items:\n        - id: verzuim\n          text: uw ziekteverzuim registreren.\n          legalBasis: legal-obligation\n          lawReference: Wet verbetering poortwachter\n          art9Condition: art9-2-b\n          art9LawReference: artikel 30 lid 1 UAVG\n",
    },
  },
  check(context) {
    const reported = new Set<string>();
    for (const located of policyLeafPurposes(context.policy)) {
      const condition = inheritedField(located, "art9Condition");
      if (!condition || !lawBasedConditions.has(condition.value)) continue;
      if (inheritedField(located, "art9LawReference") !== undefined) continue;
      const key = JSON.stringify(condition.path);
      if (reported.has(key)) continue;
      reported.add(key);
      context.report({ messageId: "missing", path: condition.path, data: { purpose: purposeName(condition.owner), condition: condition.value } });
    }
  },
});
