import { DPV, isNotApplicable } from "../../model/index.js";
import { defineRule } from "../rule.js";

const transferFragment = (transfer: string): string => `recipients:
  helpdesk:
    name: Helpdesk Inc.
    kind: processor
    named: true
    countries: [US]
transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze helpdesk Helpdesk Inc. in de Verenigde Staten ziet uw vragen.
  transfers:
    helpdesk:
      recipients: [helpdesk]
      countries: [US]
${transfer}`;

/** Each transfer needs its Chapter V mechanism, named exhaustively ("dit omvat ook SCC's" is not enough). */
export default defineRule({
  meta: {
    id: "transfer-mechanism",
    articles: ["Art. 13(1)(f)", "Art. 14(1)(f)", "Art. 45-49", "WP260 annex item 7"],
    dpv: `${DPV}DataTransferLegalBasis`,
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld per doorgifte het adequaatheidsbesluit of de passende waarborg (art. 45-49 AVG).",
      en: "State the adequacy decision or the safeguard used for each transfer (Arts. 45-49 GDPR).",
    },
    messages: {
      missing: {
        nl: "Doorgifte `{{transfer}}`: vermeld het adequaatheidsbesluit of de passende waarborg (art. 45-49 AVG).",
        en: "Transfer `{{transfer}}`: state the adequacy decision or the safeguard used (Arts. 45-49 GDPR).",
      },
      notExhaustive: {
        nl: "Doorgifte `{{transfer}}`: de waarborgen worden niet uitputtend genoemd (‘dit omvat ook …’); vermeld precies welk mechanisme geldt.",
        en: "Transfer `{{transfer}}`: the safeguards are not listed exhaustively (‘this also includes …’); state exactly which mechanism applies.",
      },
    },
    dependsOn: ["transfer-disclosed"],
    examples: {
      incorrect: transferFragment("      mechanismsExhaustive: false\n      mechanisms: [standard-contractual-clauses]\n      copyAvailable: Een kopie van de clausules vraagt u op via privacy@fietsapp.example.\n"),
      correct: transferFragment("      mechanisms: [adequacy-decision]\n"),
    },
  },
  check({ policy, report }) {
    const chapter = policy.transfers;
    if (chapter === undefined || isNotApplicable(chapter)) return;
    for (const [key, transfer] of Object.entries(chapter.transfers)) {
      if (!transfer) continue;
      const path = ["transfers", "transfers", key];
      if (transfer.mechanisms === undefined) report({ messageId: "missing", path, at: "key", data: { transfer: key } });
      else if (transfer.mechanismsExhaustive === false) {
        report({ messageId: "notExhaustive", path: [...path, "mechanismsExhaustive"], data: { transfer: key } });
      }
    }
  },
});
