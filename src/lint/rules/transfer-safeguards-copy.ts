import { isNotApplicable, type TransferMechanism } from "../../model/index.js";
import { defineRule } from "../rule.js";

/** Mechanisms of Art. 46, 47 and 49(1) second subparagraph: Art. 13(1)(f) wants a copy or its location. */
const needsCopy: ReadonlySet<TransferMechanism> = new Set<TransferMechanism>([
  "legally-binding-instrument",
  "binding-corporate-rules",
  "standard-contractual-clauses",
  "sa-standard-contractual-clauses",
  "code-of-conduct",
  "certification",
  "ad-hoc-contractual-clauses",
  "administrative-arrangement",
  "compelling-legitimate-interest",
]);

const transferFragment = (transfer: string): string => `recipients:
  helpdesk:
    name: Helpdesk Inc.
    kind: processor
    named: true
    countries: [IN]
transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze helpdesk Helpdesk Inc. in India ziet uw vragen, op grond van de modelcontractbepalingen van de Europese Commissie.
  transfers:
    helpdesk:
      recipients: [helpdesk]
      countries: [IN]
      mechanisms: [standard-contractual-clauses]
${transfer}`;

export default defineRule({
  meta: {
    id: "transfer-safeguards-copy",
    articles: ["Art. 13(1)(f)", "Art. 14(1)(f)"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Vermeld hoe een kopie van de waarborgen (bijv. SCC's) kan worden verkregen of waar die te vinden is.",
      en: "State how to obtain a copy of the safeguards (e.g. SCCs) or where they are available.",
    },
    messages: {
      missing: {
        nl: "Doorgifte `{{transfer}}` op grond van `{{mechanism}}`: vermeld hoe een kopie van de waarborgen kan worden verkregen of waar die te vinden is.",
        en: "Transfer `{{transfer}}` based on `{{mechanism}}`: state how to obtain a copy of the safeguards or where they are available.",
      },
    },
    examples: {
      incorrect: transferFragment(""),
      correct: transferFragment("      copyAvailable: Een kopie van de clausules vraagt u op via privacy@fietsapp.example.\n"),
    },
  },
  check({ policy, report }) {
    const chapter = policy.transfers;
    if (chapter === undefined || isNotApplicable(chapter)) return;
    for (const [key, transfer] of Object.entries(chapter.transfers)) {
      const mechanism = transfer?.mechanisms?.find((code) => needsCopy.has(code));
      if (!transfer || mechanism === undefined || transfer.copyAvailable !== undefined) continue;
      report({ messageId: "missing", path: ["transfers", "transfers", key], at: "key", data: { transfer: key, mechanism } });
    }
  },
});
