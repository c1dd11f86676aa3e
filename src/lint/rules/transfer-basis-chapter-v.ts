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

/** An Art. 6 basis makes processing lawful; it does not make a transfer lawful (Chapter V does). */
export default defineRule({
  meta: {
    id: "transfer-basis-chapter-v",
    articles: ["Art. 44-49", "Art. 6(1)"],
    dpv: `${DPV}DataTransferLegalBasis`,
    type: "consistency",
    defaultSeverity: "warning",
    docs: {
      nl: "Een doorgifte buiten de EER wordt gerechtvaardigd met een doorgiftemechanisme uit hoofdstuk V AVG, niet met een grondslag uit art. 6.",
      en: "A transfer outside the EEA is justified by a Chapter V transfer mechanism, not by an Art. 6 basis.",
    },
    messages: {
      insteadOfMechanism: {
        nl: "Doorgifte `{{transfer}}` wordt gerechtvaardigd met een grondslag uit art. 6 ({{bases}}); vermeld het doorgiftemechanisme uit hoofdstuk V AVG.",
        en: "Transfer `{{transfer}}` is justified by an Art. 6 basis ({{bases}}); state the Chapter V transfer mechanism instead.",
      },
      alongsideMechanism: {
        nl: "Doorgifte `{{transfer}}` wordt (ook) gerechtvaardigd met een grondslag uit art. 6 ({{bases}}); alleen het mechanisme uit hoofdstuk V AVG rechtvaardigt een doorgifte.",
        en: "Transfer `{{transfer}}` is (also) justified by an Art. 6 basis ({{bases}}); only the Chapter V mechanism justifies a transfer.",
      },
    },
    examples: {
      incorrect: transferFragment("      justifiedBy: [contract, legitimate-interest]\n"),
      correct: transferFragment("      mechanisms: [adequacy-decision]\n"),
    },
  },
  check({ policy, report }) {
    const chapter = policy.transfers;
    if (chapter === undefined || isNotApplicable(chapter)) return;
    for (const [key, transfer] of Object.entries(chapter.transfers)) {
      if (!transfer?.justifiedBy) continue;
      report({
        messageId: transfer.mechanisms ? "alongsideMechanism" : "insteadOfMechanism",
        path: ["transfers", "transfers", key, "justifiedBy"],
        data: { transfer: key, bases: transfer.justifiedBy.map((basis) => `\`${basis}\``).join(", ") },
      });
    }
  },
});
