/**
 * The policy that `privacy-notice init` writes: only what the schema requires, with a comment above
 * every field that explains it and shows how to fill it in or say "not applicable". Everything that is
 * left out is reported by `lint`, so the lint output is the editor's to-do list.
 */
import type { Language } from "../diagnostics/index.js";

export interface TemplateInput {
  readonly id: string;
  readonly controller: string;
  readonly language: Language;
  /** Chapter ids, e.g. `["klant", "websitebezoeker"]`. */
  readonly chapters: readonly string[];
  /** Path from the policy's folder to the JSON Schema, for editor completion. */
  readonly schemaPath: string;
}

/** Chapter ids that name a group of data subjects the schema knows. */
const dataSubjectsById: Readonly<Record<string, string>> = {
  klant: "customer",
  klanten: "customer",
  customer: "customer",
  customers: "customer",
  websitebezoeker: "website-visitor",
  websitebezoekers: "website-visitor",
  "website-visitor": "website-visitor",
  "website-visitors": "website-visitor",
  bezoeker: "website-visitor",
  visitor: "website-visitor",
  prospect: "prospect",
  "potentiele-klant": "prospect",
  leverancier: "supplier",
  supplier: "supplier",
  medewerker: "employee",
  medewerkers: "employee",
  employee: "employee",
  sollicitant: "job-applicant",
  "job-applicant": "job-applicant",
  applicant: "job-applicant",
  debiteur: "debtor",
  debtor: "debtor",
  gebruiker: "user",
  user: "user",
  patient: "patient",
  leerling: "student",
  student: "student",
  inwoner: "citizen",
  citizen: "citizen",
  tussenpersoon: "intermediary",
  intermediary: "intermediary",
  samenwerkingspartner: "business-partner",
  partner: "business-partner",
};

/** The policy text. Scalars from the user are passed in already written as YAML (see {@link yamlValue}). */
export function policyTemplate(input: TemplateInput, yamlValue: (text: string) => string): string {
  const nl = input.language === "nl";
  const t = (dutch: string, english: string): string => (nl ? dutch : english);
  const chapters = input.chapters.map((id) => chapterBlock(id, input.language, yamlValue)).join("\n");
  return `# yaml-language-server: $schema=${input.schemaPath}
${t(
  `# Privacyverklaring van ${oneLine(input.controller)}, begonnen met \`privacy-notice init\`.
#
# Zo werkt dit bestand:
# - Elk veld staat in de gepubliceerde melding of legt vast wat de tekst betekent.
# - Een veld dat ontbreekt, betekent "nog niet behandeld". \`privacy-notice lint\` meldt het; de
#   uitvoer van lint is dus uw takenlijst. Werk die af tot lint niets meer meldt.
# - Is iets echt niet van toepassing, laat het veld dan niet weg maar schrijf de reden op. Die
#   reden wordt de gepubliceerde tekst, bijvoorbeeld:
#     transfers:
#       notApplicable: Wij geven uw persoonsgegevens niet door naar landen buiten de EER.
# - Tekstvelden zijn Markdown: alinea's, opsommingen met "-", **vet** en [links](https://…).
# - Controleer met \`privacy-notice validate\` en \`privacy-notice lint\`; maak op met \`privacy-notice fmt\`.`,
  `# Privacy notice of ${oneLine(input.controller)}, started with \`privacy-notice init\`.
#
# How this file works:
# - Every field is published in the notice or records what the text means.
# - A missing field means "not addressed yet". \`privacy-notice lint\` reports it, so the lint
#   output is your to-do list. Work through it until lint reports nothing.
# - When something really does not apply, do not leave the field out: write down why. That reason
#   becomes the published text, for example:
#     transfers:
#       notApplicable: We do not transfer your personal data to countries outside the EEA.
# - Text fields are Markdown: paragraphs, lists with "-", **bold** and [links](https://…).
# - Check with \`privacy-notice validate\` and \`privacy-notice lint\`; format with \`privacy-notice fmt\`.`,
)}

${t("# Versie van dit formaat; altijd 1.", "# Version of this format; always 1.")}
format: 1
${t(
  "# Sleutel van de melding: kleine letters, cijfers en streepjes. Bepaalt de uitvoermap dist/<id>/.",
  "# Key of the notice: lowercase letters, digits and hyphens. Names the output folder dist/<id>/.",
)}
id: ${input.id}
${t("# Taal van de melding: nl of en.", "# Language of the notice: nl or en.")}
language: ${input.language}
${t("# De titel boven de melding.", "# The title above the notice.")}
title: ${t("Privacyverklaring", "Privacy notice")}
${t(
  `# Datum van de laatste wijziging (JJJJ-MM-DD) en een versienummer. Lint vraagt erom; vul ze in
# als de melding af is, bijvoorbeeld:
#   lastUpdated: "2025-01-31"
#   version: "1"`,
  `# Date of the last update (YYYY-MM-DD) and a version. Lint asks for them; fill them in when the
# notice is done, for example:
#   lastUpdated: "2025-01-31"
#   version: "1"`,
)}

${t(
  "# Wie is verantwoordelijk voor de verwerking (art. 13 lid 1 sub a AVG)?",
  "# Who is responsible for the processing (Art. 13(1)(a) GDPR)?",
)}
controller:
  ${t(
    `# De naam zoals de melding die gebruikt. Nog in te vullen (lint meldt wat ontbreekt):
  #   legalName: Voorbeeld B.V.              # juridische naam
  #   establishedInEU: true                  # gevestigd in de EU? zo nee: representative
  #   contactPoints:                         # hoe betrokkenen u bereiken, per sleutel
  #     privacy:
  #       label: Privacyteam
  #       roles: [general, privacy, rights, objection, complaint]
  #       email: privacy@voorbeeld.nl
  #       postalAddress: Straat 1, 1234 AB Plaats
  #   dpo:                                   # functionaris gegevensbescherming, of:
  #     notApplicable: Wij zijn niet verplicht een FG aan te stellen.`,
    `# The name as the notice uses it. Still to fill in (lint reports what is missing):
  #   legalName: Example Ltd                 # legal name
  #   establishedInEU: true                  # established in the EU? if not: representative
  #   contactPoints:                         # how data subjects reach you, by key
  #     privacy:
  #       label: Privacy team
  #       roles: [general, privacy, rights, objection, complaint]
  #       email: privacy@example.com
  #       postalAddress: 1 Street, City
  #   dpo:                                   # data protection officer, or:
  #     notApplicable: We are not required to appoint a DPO.`,
  )}
  name: ${yamlValue(input.controller)}

${t("# De inleiding van de melding.", "# The notice's introduction.")}
introduction:
  text: |
    ${t(
      `${oneLine(input.controller)} is verantwoordelijk voor de verwerking van uw persoonsgegevens. In deze privacyverklaring leest u welke gegevens wij verwerken, waarom, hoe lang, met wie wij ze delen en welke rechten u heeft.`,
      `${oneLine(input.controller)} is responsible for the processing of your personal data. This privacy notice explains which data we process, why, for how long, with whom we share them and what your rights are.`,
    )}

${t(
  `# Eén hoofdstuk per groep betrokkenen (klanten, websitebezoekers, sollicitanten…). Lint meldt per
# hoofdstuk wat nog ontbreekt: hoe u de gegevens verzamelt (collection), welke (categories), waarvoor
# en op welke grondslag (purposes), met wie u ze deelt (recipients) en hoe lang u ze bewaart (retention).`,
  `# One chapter per group of data subjects (customers, website visitors, job applicants…). Lint reports
# per chapter what is still missing: how you collect the data (collection), which (categories), for
# what and on which basis (purposes), with whom you share them (recipients) and how long you keep them
# (retention).`,
)}
chapters:
${chapters}
${t(
  `# Nog te schrijven, als hoofdstukken voor de hele melding (lint meldt ze):
#   transfers:               # doorgifte buiten de EER, of notApplicable met de reden
#   security:                # hoe u de gegevens beveiligt (title, text)
#   automatedDecisionMaking: # geautomatiseerde besluiten en profilering (title, text, exists)
#   rights:                  # de rechten van betrokkenen, hoe ze die uitoefenen en de klacht bij de AP
#   changes:                 # hoe u betrokkenen over wijzigingen informeert (notification: active)
#   recipients:              # de ontvangers, één keer beschreven en per hoofdstuk per sleutel genoemd
#   sources:                 # de bronnen, idem
#   retentionRules:          # de bewaartermijnen (period: P2Y, trigger, statute), idem`,
  `# Still to write, as notice-wide chapters (lint reports them):
#   transfers:               # transfers outside the EEA, or notApplicable with the reason
#   security:                # how you secure the data (title, text)
#   automatedDecisionMaking: # automated decisions and profiling (title, text, exists)
#   rights:                  # data-subject rights, how to exercise them, complaints to the authority
#   changes:                 # how you tell data subjects about changes (notification: active)
#   recipients:              # the recipients, described once and named by key per chapter
#   sources:                 # the sources, likewise
#   retentionRules:          # the retention periods (period: P2Y, trigger, statute), likewise`,
)}
`;
}

function chapterBlock(id: string, language: Language, yamlValue: (text: string) => string): string {
  const nl = language === "nl";
  const name = id.replaceAll("-", " ");
  const subject = dataSubjectsById[id];
  // Comments go above the item and its keys: a comment at the end of a block would be read as
  // belonging to that block and move with it.
  const lines = [
    nl
      ? `  # Hoofdstuk ‘${id}’. Nog in te vullen: collection, provision, categories, purposes,
  # withdrawal, recipients en retention. Een doel ziet er bijvoorbeeld zo uit:
  #   purposes:
  #     items:
  #       - id: offerte-opstellen
  #         text: een offerte voor u opstellen;
  #         legalBasis: contract
  # Deelt u de gegevens met niemand, laat recipients dan niet weg maar schrijf:
  #   recipients:
  #     notApplicable: Wij delen deze gegevens met niemand.`
      : `  # Chapter ‘${id}’. Still to fill in: collection, provision, categories, purposes,
  # withdrawal, recipients and retention. A purpose looks like this, for example:
  #   purposes:
  #     items:
  #       - id: prepare-quote
  #         text: preparing a quote for you;
  #         legalBasis: contract
  # If you share the data with no one, do not leave recipients out but write:
  #   recipients:
  #     notApplicable: We do not share these data with anyone.`,
    `  - id: ${id}`,
    `    ${nl ? "# De kop van het hoofdstuk, zonder nummer; pas hem aan." : "# The chapter heading, without its number; adjust it."}`,
    `    title: ${yamlValue(nl ? `U bent een ${name}` : `You are a ${name}`)}`,
    `    ${nl ? "# Hoe het hoofdstuk in de inhoudsopgave van de inleiding heet." : "# How the chapter is named in the introduction's list."}`,
  ];
  if (subject) {
    lines.push(`    label: ${yamlValue(nl ? `een ${name}` : `a ${name}`)}`);
    lines.push(`    ${nl ? "# Welke groep betrokkenen dit is (een code uit het schema)." : "# Which group of data subjects this is (a code from the schema)."}`);
    lines.push(`    dataSubjects: [${subject}]`);
  } else {
    lines.push(
      `    ${nl ? "# Vul ook in welke groep betrokkenen dit is, bijvoorbeeld dataSubjects: [customer]." : "# Also fill in which group of data subjects this is, for example dataSubjects: [customer]."}`,
    );
    lines.push(`    label: ${yamlValue(nl ? `een ${name}` : `a ${name}`)}`);
  }
  return lines.join("\n");
}

/** A name on one line, for comments and running text. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
