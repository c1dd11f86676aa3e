/** Schema problems in plain words, at the right place, without `anyOf` noise. */
import { describe, expect, it } from "vitest";
import { loadPolicyFile } from "../../src/load/index.js";
import { validatePolicy } from "../../src/validate/index.js";
import { check, minimal, places } from "./check.js";

describe("schema diagnostics", () => {
  it("accepts the smallest valid policy and hands it on typed", () => {
    const result = check(minimal);
    expect(result.diagnostics).toEqual([]);
    expect(result.policy?.chapters[0]?.id).toBe("klant");
  });

  it("reports a missing required field at its parent's key, naming it and saying what it is", () => {
    const result = check(minimal.replace("    title: U bent klant\n", ""));
    expect(places(result.diagnostics)).toEqual(["10:5 schema/required"]);
    const [missing] = result.diagnostics;
    expect(missing?.message.nl).toContain("Het verplichte veld `title` ontbreekt in item 1 van `chapters`.");
    expect(missing?.message.nl).toContain("Titel van het hoofdstuk, zonder nummer");
    expect(missing?.message.en).toContain("The required field `title` is missing from item 1 of `chapters`.");
    expect(missing?.message.en).toContain("Chapter title, without its number");
    expect(result.policy).toBeUndefined();
  });

  it("reports an unknown key at the key, with the allowed names when nothing is close", () => {
    const result = check(minimal.replace("    title: U bent klant\n", "    title: U bent klant\n    kleur: blauw\n"));
    expect(places(result.diagnostics)).toEqual(["12:5 schema/additionalProperties"]);
    expect(result.diagnostics[0]?.messageId).toBe("unknownKey");
    expect(result.diagnostics[0]?.message.en).toContain("Allowed are: `id`, `title`, `label`");
  });

  it("reports a misspelt key once, not also as the missing field it was meant to be", () => {
    const result = check(minimal.replace("    title: U bent klant\n", "    titel: U bent klant\n"));
    expect(places(result.diagnostics)).toEqual(["11:5 schema/additionalProperties"]);
    expect(result.diagnostics[0]?.message.nl).toContain("bedoelde u `title`?");
  });

  it("collapses the `notApplicable` alternative into the one the editor meant: the full chapter", () => {
    const result = check(`${minimal}transfers:\n  title: Doorgifte\n`);
    expect(places(result.diagnostics)).toEqual(["12:1 schema/required", "12:1 schema/required"]);
    const [first, second] = result.diagnostics;
    expect(first?.message.en).toContain("`text` is missing");
    expect(first?.message.en).toContain("If this part does not apply, write only `notApplicable:` with the reason.");
    expect(second?.message.en).toContain("`transfers` is missing");
    expect(second?.message.en).not.toContain("notApplicable");
  });

  it("collapses it the other way when the editor wrote `notApplicable`", () => {
    const result = check(`${minimal}transfers:\n  notApplicable: Wij geven niets door.\n  landen: [US]\n`);
    expect(places(result.diagnostics)).toEqual(["14:3 schema/additionalProperties"]);
    expect(result.diagnostics[0]?.message.en).toContain("Allowed are: `notApplicable`.");
  });

  it("takes an explicit `notApplicable` at its word when the keys fit both alternatives equally", () => {
    const representative = "  representative:\n    notApplicable: Wij zijn in de EU gevestigd.\n    name: Vertegenwoordiger B.V.\n";
    const result = check(minimal.replace("  name: Voorbeeld B.V.\n", `  name: Voorbeeld B.V.\n${representative}`));
    expect(places(result.diagnostics)).toEqual(["9:5 schema/additionalProperties"]);
    expect(result.diagnostics[0]?.path).toEqual(["controller", "representative", "name"]);
  });

  it("gives one message naming the alternatives when a value fits none of them", () => {
    const result = check(minimal.replace("  name: Voorbeeld B.V.\n", "  name: Voorbeeld B.V.\n  dpo: ja\n"));
    expect(places(result.diagnostics)).toEqual(["7:8 schema/type"]);
    expect(result.diagnostics[0]?.messageId).toBe("wrongTypeAlternatives");
    expect(result.diagnostics[0]?.message.nl).toBe(
      "`dpo` moet een groep velden met `contact` of `notApplicable:` met de reden zijn, maar hier staat tekst (`ja`).",
    );
  });

  it("explains a wrong code and suggests the likely one with its meaning", () => {
    const purposes = "    purposes:\n      items:\n        - text: uw bestelling leveren\n          legalBasis: [contract, concent]\n";
    const result = check(minimal + purposes);
    expect(places(result.diagnostics)).toEqual(["15:34 schema/enum"]);
    expect(result.diagnostics[0]?.path).toEqual(["chapters", 0, "purposes", "items", 0, "legalBasis", 1]);
    expect(result.diagnostics[0]?.message.en).toContain(
      "`concent` is not an allowed value for item 2 of `legalBasis`. Did you mean `consent` (Consent (Art. 6(1)(a) GDPR))?",
    );
    expect(result.diagnostics[0]?.message.nl).toContain("Kies uit `consent`, `explicit-consent`, `contract`");
  });

  it("asks for one of the channels of a contact point that has none", () => {
    const contact = "  contactPoints:\n    privacy:\n      roles: [privacy]\n";
    const result = check(minimal.replace("  name: Voorbeeld B.V.\n", `  name: Voorbeeld B.V.\n${contact}`));
    expect(places(result.diagnostics)).toEqual(["8:5 schema/required"]);
    expect(result.diagnostics[0]?.message.en).toBe(
      "Give at least one of the fields `email`, `phone`, `postalAddress` or `url` in `privacy`.",
    );
  });

  it("explains the expected form of keys, periods, country codes, web addresses and dates", () => {
    const yaml = minimal
      .replace("  - id: klant", "  - id: Website Bezoeker")
      .replace("title: Privacyverklaring\n", "title: Privacyverklaring\nlastUpdated: 2025-13-01\n")
      .concat(
        "    transfers: [vs]\ntransfers:\n  title: Doorgifte\n  text: Wij geven gegevens door.\n  transfers:\n    vs:\n      countries: [us]\n",
        "retentionRules:\n  kort:\n    period: 2 jaar\n",
        "rights:\n  title: Rechten\n  text: U heeft rechten.\n  rights: [access]\n  complaint:\n    url: www.autoriteitpersoonsgegevens.nl\n",
      );
    const result = check(yaml);
    const byRule = result.diagnostics.filter((d) => d.source === "schema").map((d) => [d.ruleId, d.message.en]);
    expect(byRule).toEqual([
      ["schema/format", "`2025-13-01` is not a valid date: write YYYY-MM-DD, such as `2025-03-01`."],
      ["schema/pattern", "`Website Bezoeker` is not a valid key: use only lowercase letters, digits and hyphens, such as `website-bezoeker`."],
      ["schema/pattern", "`us` is not a country code: use two capital letters per ISO 3166-1 (such as `NL` or `US`), or `worldwide`."],
      ["schema/pattern", expect.stringContaining("`2 jaar` is not an ISO 8601 period: write for example `P2Y` (2 years)")],
      ["schema/pattern", expect.stringContaining("`www.autoriteitpersoonsgegevens.nl` is not a full web address: start with `https://`")],
    ]);
  });

  it("reports a badly formed declared key at the key and a repeated list item at the repeat", () => {
    const yaml = minimal.replace("    title: U bent klant\n", "    title: U bent klant\n    dataSubjects: [customer, prospect, customer]\n")
      .concat("sources:\n  Klanten Bestand:\n    name: ons klantenbestand\n    kind: own-records\n");
    const result = check(yaml);
    expect(places(result.diagnostics.filter((d) => d.source === "schema"))).toEqual([
      "12:40 schema/uniqueItems",
      "14:3 schema/propertyNames",
    ]);
    expect(result.diagnostics.find((d) => d.ruleId === "schema/propertyNames")?.message.nl).toContain("zoals `klanten-bestand`");
  });

  it("says to drop the quotes around a number written as text", () => {
    const result = check(minimal.replace("format: 1", 'format: "1"'));
    expect(result.diagnostics[0]?.message.nl).toBe("`format` moet precies `1` zijn; hier staat tekst (`1`). Laat de aanhalingstekens weg.");
  });

  it("explains a value of the wrong type in both languages", () => {
    const result = check(minimal.replace("  name: Voorbeeld B.V.\n", "  name: Voorbeeld B.V.\n  establishedInEU: ja\n"));
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      {
        nl: "`establishedInEU` moet `true` of `false` zijn, maar hier staat tekst (`ja`).",
        en: "`establishedInEU` must be `true` or `false`, but this is text (`ja`).",
      },
    ]);
  });

  it("never lets `__proto__` keys reach the prototype chain, and reports them as unknown keys", async () => {
    const result = validatePolicy(await loadPolicyFile("test/fixtures/bad/proto-keys.yaml"));
    expect(result.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ["schema/additionalProperties", ["__proto__"]],
      ["schema/additionalProperties", ["controller", "__proto__"]],
      ["schema/additionalProperties", ["chapters", 0, "constructor"]],
    ]);
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("passes on the load stage's diagnostics and checks nothing more in a file that did not parse", async () => {
    const result = validatePolicy(await loadPolicyFile("test/fixtures/bad/tabs.yaml"));
    expect(places(result.diagnostics)).toEqual(["6:1 yaml/tab-as-indent"]);
    expect(result.policy).toBeUndefined();
  });

  it("reports an empty file once, without schema noise", async () => {
    const result = validatePolicy(await loadPolicyFile("test/fixtures/bad/empty.yaml"));
    expect(places(result.diagnostics)).toEqual(["1:1 yaml/empty"]);
  });

  it("hands the policy on when there are only warnings", () => {
    const result = check(`${minimal}sources:\n  ongebruikt:\n    name: een bron\n    kind: other\n`);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
    expect(result.policy?.id).toBe("voorbeeld");
  });

  it("writes every message in Dutch and in English", () => {
    const yaml = minimal
      .replace("format: 1", "format: 2")
      .replace("  name: Voorbeeld B.V.\n", "  nam: Voorbeeld B.V.\n  dpo: [1]\n  contactPoints:\n    x:\n      roles: []\n")
      .concat("transfers: {}\nchanges:\n  notification: actief\n  text: ''\n");
    const { diagnostics } = check(yaml);
    expect(diagnostics.length).toBeGreaterThan(6);
    for (const { message } of diagnostics) {
      expect(message.nl).not.toBe("");
      expect(message.en).not.toBe("");
      expect(message.nl).not.toBe(message.en);
      expect(`${message.nl} ${message.en}`).not.toMatch(/undefined|\[object Object\]/);
    }
  });
});
