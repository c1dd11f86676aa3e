/** Cross-references: everything referred to exists, keys are unique, declarations are used. */
import { describe, expect, it } from "vitest";
import { check, minimal, places } from "./check.js";

const chapterWithEverything = `format: 1
id: voorbeeld
language: nl
title: Privacyverklaring
controller:
  name: Voorbeeld B.V.
  contactPoints:
    privacy:
      roles: [privacy]
      email: privacy@voorbeeld.example
  jointControllers:
    - name: Partner B.V.
      contactPoint: privacyy
introduction:
  text: Wij verwerken persoonsgegevens zorgvuldig.
chapters:
  - id: klant
    title: U bent klant
    collection:
      text: Wij krijgen uw gegevens van uzelf en van onze partners.
      sources: [zelf, partnrs]
      items:
        - text: van uzelf
          source: zelff
    categories:
      items:
        - id: contact
          text: uw contactgegevens
    purposes:
      items:
        - id: levering
          text: uw bestelling leveren
          legalBasis: contract
    recipients:
      text: Wij delen uw gegevens met de bezorger.
      recipients: [bezorger, drukker]
      items:
        - text: de bezorger
          recipient: bezorgr
    retention:
      items:
        - text: Wij bewaren uw gegevens twee jaar.
          rules: [twee-jaar, tien-jaar]
          purposes: [leverin]
          categories: [kontakt]
          items:
            - text: facturen zeven jaar
              rules: [zeven-jaar]
    transfers: [vs, china]
transfers:
  title: Doorgifte
  text: Wij geven gegevens door naar de VS.
  transfers:
    vs:
      recipients: [bezorger, wolk]
      countries: [US]
rights:
  title: Rechten
  text: U heeft rechten.
  rights: [access]
  howToExercise: [privacy, rechten]
sources:
  zelf:
    name: uzelf
    kind: data-subject
  partners:
    name: onze partners
    kind: business-partner
recipients:
  bezorger:
    name: de bezorger
    kind: service-provider
  drukker:
    name: de drukker
    kind: processor
  wolk:
    name: Wolk B.V.
    kind: processor
retentionRules:
  twee-jaar:
    period: P2Y
  zeven-jaar:
    period: P7Y
  ongebruikt:
    period: P1Y
`;

describe("reference checks", () => {
  const result = check(chapterWithEverything);
  const dangling = result.diagnostics.filter((d) => d.ruleId === "reference/dangling");

  it("reports every kind of reference that points at nothing, at the reference", () => {
    expect(dangling.map((d) => [d.path.join("."), d.range.start.line, d.range.start.column])).toEqual([
      ["controller.jointControllers.0.contactPoint", 13, 21],
      ["chapters.0.collection.sources.1", 21, 23],
      ["chapters.0.collection.items.0.source", 24, 19],
      ["chapters.0.recipients.items.0.recipient", 39, 22],
      ["chapters.0.retention.items.0.rules.1", 43, 30],
      ["chapters.0.retention.items.0.purposes.0", 44, 22],
      ["chapters.0.retention.items.0.categories.0", 45, 24],
      ["chapters.0.transfers.1", 49, 21],
      ["rights.howToExercise.1", 61, 28],
    ]);
    expect(dangling.every((d) => d.severity === "error" && d.source === "reference")).toBe(true);
  });

  it("suggests the declared key a reference probably meant", () => {
    const suggestion = (path: string): string | undefined =>
      /`([^`]+)`\?$/.exec(dangling.find((d) => d.path.join(".") === path)?.message.en ?? "")?.[1];
    expect(suggestion("chapters.0.collection.sources.1")).toBe("partners");
    expect(suggestion("chapters.0.collection.items.0.source")).toBe("zelf");
    expect(suggestion("chapters.0.recipients.items.0.recipient")).toBe("bezorger");
    expect(suggestion("chapters.0.retention.items.0.purposes.0")).toBe("levering");
    expect(suggestion("chapters.0.retention.items.0.categories.0")).toBe("contact");
    expect(suggestion("controller.jointControllers.0.contactPoint")).toBe("privacy");
  });

  it("lists what exists when nothing is close", () => {
    const rights = dangling.find((d) => d.path.join(".") === "rights.howToExercise.1");
    expect(rights?.message.nl).toBe(
      "`rechten` verwijst naar een contactpunt dat niet bestaat: onder `controller.contactPoints` komt `rechten` niet voor. Bekend zijn: `privacy`.",
    );
    expect(rights?.message.en).toBe(
      "`rechten` refers to a contact point that does not exist: `rechten` is not declared under `controller.contactPoints`. Known are: `privacy`.",
    );
  });

  it("warns, at the declaration's key, about declared sources, recipients and retention rules that nothing uses", () => {
    const unused = result.diagnostics.filter((d) => d.ruleId === "reference/unused");
    expect(unused.map((d) => [d.path.join("."), d.severity, d.range.start.line, d.range.start.column])).toEqual([
      // `partners` is only referred to misspelt (`partnrs`), so it counts as unused too.
      ["sources.partners", "warning", 66, 3],
      ["retentionRules.ongebruikt", "warning", 84, 3],
    ]);
  });

  it("counts a recipient named only by a transfer as used", () => {
    expect(result.diagnostics.some((d) => d.path.join(".") === "recipients.wolk")).toBe(false);
  });

  it("says when nothing of the kind has been declared at all", () => {
    const { diagnostics } = check(`${minimal}    transfers: [vs]\ntransfers:\n  notApplicable: Wij geven niets door.\n`);
    expect(places(diagnostics)).toEqual(["12:17 reference/dangling"]);
    expect(diagnostics[0]?.message.en).toBe(
      "`vs` refers to a transfer that does not exist: `vs` is not declared under `transfers.transfers`. No transfers are declared yet.",
    );
  });

  it("refuses a purpose key used twice, also inside a group, naming the first line", () => {
    const purposes = `    purposes:
      items:
        - id: levering
          text: uw bestelling leveren
          legalBasis: contract
        - text: "marketing:"
          items:
            - id: levering
              text: aanbiedingen sturen
              legalBasis: consent
`;
    const { diagnostics } = check(minimal + purposes);
    expect(places(diagnostics)).toEqual(["19:19 reference/duplicate"]);
    expect(diagnostics[0]?.message.nl).toContain("De sleutel `levering` is al gebruikt voor een ander doel (regel 14).");
  });

  it("refuses a chapter key used twice", () => {
    const { diagnostics } = check(`${minimal}  - id: klant\n    title: U bent ook klant\n`);
    expect(places(diagnostics)).toEqual(["12:9 reference/duplicate"]);
    expect(diagnostics[0]?.messageId).toBe("duplicateChapter");
  });

  it("checks references even when the schema found problems too", () => {
    const { diagnostics } = check(`${minimal}    transfers: [vs]\n    kleur: blauw\n`);
    expect(places(diagnostics)).toEqual(["12:17 reference/dangling", "13:5 schema/additionalProperties"]);
  });

  it("does not trip over references that are not text", () => {
    const { diagnostics } = check(`${minimal}    transfers: [{ x: 1 }]\nrights: 5\n`);
    expect(diagnostics.every((d) => d.source === "schema")).toBe(true);
  });
});
