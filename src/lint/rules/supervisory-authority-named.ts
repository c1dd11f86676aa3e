import { DPV } from "../../model/index.js";
import { defineRule } from "../rule.js";

/**
 * With the complaint right stated, the notice names the authority (`complaint.authority`), how to
 * reach it (`complaint.url`) and the Art. 77 option of the authority of residence, work or
 * infringement (`complaint.residenceOption`). Without the right itself, `right-complaint-sa` reports.
 */
export default defineRule({
  meta: {
    id: "supervisory-authority-named",
    articles: ["WP260 annex item 11", "Art. 77(1)"],
    dpv: `${DPV}DataProtectionAuthority`,
    type: "completeness",
    defaultSeverity: "warning",
    docs: {
      nl: "Noem de toezichthouder (Autoriteit Persoonsgegevens) en hoe een klacht kan worden ingediend.",
      en: "Name the supervisory authority (Dutch DPA) and how to file a complaint.",
    },
    messages: {
      authorityMissing: {
        nl: "Noem de toezichthouder (bijv. de Autoriteit Persoonsgegevens) en hoe een klacht kan worden ingediend.",
        en: "Name the supervisory authority (e.g. the Dutch DPA) and how to file a complaint.",
      },
      urlMissing: {
        nl: "Geef het webadres van `{{authority}}`, zodat de betrokkene weet hoe een klacht kan worden ingediend.",
        en: "Give the web address of `{{authority}}`, so data subjects know how to file a complaint.",
      },
      residenceOptionMissing: {
        nl: "Vermeld dat een klacht ook kan worden ingediend bij de toezichthouder van het land waar de betrokkene woont of werkt, of waar de inbreuk plaatsvond (art. 77 AVG).",
        en: "State that a complaint can also go to the authority of the country where the data subject lives or works, or where the infringement took place (Art. 77 GDPR).",
      },
    },
    dependsOn: ["right-complaint-sa"],
    examples: {
      incorrect: `rights:
  complaint:
    authority: null
    url: null
`,
      correct: `rights:
  complaint:
    authority: Autoriteit Persoonsgegevens
    url: https://autoriteitpersoonsgegevens.nl
    residenceOption: true
`,
    },
  },
  check({ policy, report }) {
    const rights = policy.rights;
    if (!rights?.rights.includes("complaint")) return;
    const complaint = rights.complaint;
    if (!complaint) {
      report({ messageId: "authorityMissing", path: ["rights"], at: "key" });
      return;
    }
    const path = ["rights", "complaint"];
    if (complaint.authority === undefined) report({ messageId: "authorityMissing", path, at: "key" });
    else if (complaint.url === undefined) report({ messageId: "urlMissing", path, at: "key", data: { authority: complaint.authority } });
    if (complaint.residenceOption === false) report({ messageId: "residenceOptionMissing", path: [...path, "residenceOption"] });
    else if (complaint.residenceOption === undefined) report({ messageId: "residenceOptionMissing", path, at: "key" });
  },
});
