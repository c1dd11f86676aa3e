import { DPV, isNotApplicable, type Policy, type Transfer } from "../../model/index.js";
import { isOutsideEea } from "../../model/eea.js";
import { defineRule } from "../rule.js";

/** Countries are named on the transfer itself, or (left out there) on every recipient of it. */
function namedThroughRecipients(policy: Policy, transfer: Transfer): boolean {
  const keys = transfer.recipients ?? [];
  return (
    keys.length > 0 &&
    keys.every((key) =>
      (policy.recipients?.[key]?.countries ?? []).some((code) => code !== "worldwide" && isOutsideEea(code)),
    )
  );
}

const transferFragment = (transfer: string): string => `recipients:
  helpdesk:
    name: Helpdesk Inc.
    kind: processor
    named: true
transfers:
  notApplicable: null
  title: Doorgifte buiten de EER
  text: Onze helpdesk Helpdesk Inc. ziet uw vragen, op grond van het EU-VS-gegevensprivacykader.
  transfers:
    helpdesk:
      recipients: [helpdesk]
      mechanisms: [adequacy-decision]
${transfer}`;

export default defineRule({
  meta: {
    id: "transfer-countries-named",
    articles: ["WP260 annex item 7", "Art. 13(1)(f)"],
    dpv: `${DPV}ThirdCountry`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Noem de landen buiten de EER waarnaar gegevens gaan.",
      en: "Name the third countries to which data are transferred.",
    },
    messages: {
      missing: {
        nl: "Doorgifte `{{transfer}}`: noem de landen buiten de EER waarnaar gegevens gaan.",
        en: "Transfer `{{transfer}}`: name the third countries to which data are transferred.",
      },
      worldwideOnly: {
        nl: "Doorgifte `{{transfer}}` noemt alleen ‘wereldwijd’: noem de landen buiten de EER waarnaar gegevens gaan.",
        en: "Transfer `{{transfer}}` only says ‘worldwide’: name the third countries to which data are transferred.",
      },
    },
    dependsOn: ["transfer-disclosed"],
    examples: {
      incorrect: transferFragment("      countries: [worldwide]\n"),
      correct: transferFragment("      countries: [US]\n"),
    },
  },
  check({ policy, report }) {
    const chapter = policy.transfers;
    if (chapter === undefined || isNotApplicable(chapter)) return;
    for (const [key, transfer] of Object.entries(chapter.transfers)) {
      if (!transfer) continue;
      const path = ["transfers", "transfers", key];
      if (transfer.countries === undefined) {
        if (!namedThroughRecipients(policy, transfer)) report({ messageId: "missing", path, at: "key", data: { transfer: key } });
      } else if (transfer.countries.every((code) => code === "worldwide")) {
        report({ messageId: "worldwideOnly", path: [...path, "countries"], data: { transfer: key } });
      }
    }
  },
});
