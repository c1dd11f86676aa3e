import { isNotApplicable, transferMechanismIri } from "../../model/index.js";
import { defineRule } from "../rule.js";

const transferFragment = (transfer: string): string => `recipients:
  expert:
    name: Expertisebureau Ltd.
    kind: business-partner
    named: true
    countries: [CH]
transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Eenmalig stuurden wij gegevens over één schadegeval naar Expertisebureau Ltd. in Zwitserland.
  transfers:
    expertise:
      recipients: [expert]
      countries: [CH]
      mechanisms: [compelling-legitimate-interest]
      copyAvailable: De waarborgen vraagt u op via privacy@fietsapp.example.
${transfer}`;

export default defineRule({
  meta: {
    id: "transfer-compelling-interest-disclosed",
    articles: ["Art. 49(1) second subparagraph"],
    dpv: transferMechanismIri["compelling-legitimate-interest"],
    type: "completeness",
    defaultSeverity: "error",
    docs: {
      nl: "Bij doorgifte op grond van een dwingend gerechtvaardigd belang: vermeld dat belang.",
      en: "For a transfer based on compelling legitimate interests: state those interests.",
    },
    messages: {
      missing: {
        nl: "Doorgifte `{{transfer}}` op grond van dwingend gerechtvaardigd belang: vermeld dat belang.",
        en: "Transfer `{{transfer}}` based on compelling legitimate interests: state those interests.",
      },
    },
    examples: {
      incorrect: transferFragment(""),
      correct: transferFragment(
        "      compellingInterest: Zonder het oordeel van de expert konden wij de schade niet vaststellen en uitkeren.\n",
      ),
    },
  },
  check({ policy, report }) {
    const chapter = policy.transfers;
    if (chapter === undefined || isNotApplicable(chapter)) return;
    for (const [key, transfer] of Object.entries(chapter.transfers)) {
      if (!transfer?.mechanisms?.includes("compelling-legitimate-interest") || transfer.compellingInterest !== undefined) continue;
      report({ messageId: "missing", path: ["transfers", "transfers", key], at: "key", data: { transfer: key } });
    }
  },
});
