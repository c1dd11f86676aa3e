import { describe, expect, it } from "vitest";
import {
  descriptionParts,
  dropGroupQualifier,
  dropNoteOpener,
  dropPluralSuffixes,
  maskNotes,
  splitEnumeration,
  stripFillers,
  unmaskNotes,
} from "../../src/lint/descriptions.js";
import { random, randomTexts } from "./random-texts.js";

// The regexes the scanners replaced, as lexicon.ts had them: the reference they must agree with.
const LATIN_LETTER = "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
const FILLER = new RegExp(
  "^(?:de|het|een|onze|ons|uw|alle|andere|overige|elke|iedere|diverse|verschillende|bepaalde|eventuele|" +
    "via|aan|door|van|bij|met|the|our|your|all|other|any|each|every|various|certain|selected|some|from|by|to|with)\\s+",
  "iu",
);
const GROUP_QUALIFIER = new RegExp(
  "\\s+(?:die\\s+(?:onderdeel|deel)\\s+(?:is|zijn|uitmaakt|uitmaken)\\s+van|(?:that|which)\\s+(?:is|are)\\s+part\\s+of|" +
    "van|binnen|of|within|in)\\s+(?:de|het|onze|the|our)\\s+(?:groep|group|concern)$",
  "iu",
);
const NOTE_OPENER = /^(?:waaronder|zoals|bijvoorbeeld|bijv\.|o\.a\.|onder andere|including|such as|e\.g\.|for example)\s+/iu;
const PLURAL_SUFFIX = new RegExp(`(?<=[${LATIN_LETTER}])\\((?:s|en|n|e)\\)`, "g");
const PART_SEPARATOR = /(?<!-)\s*[,;/]\s*|(?<!-)\s+(?:en\/of|and\/or|en|of|and|or|&)\s+/iu;

function referenceParts(text: string): { main: string; notes: string[] }[] {
  const notes: string[] = [];
  const masked = text.replace(PLURAL_SUFFIX, "").replace(/\(([^()]*)\)/g, (_, note: string) => `\u0001${notes.push(note) - 1}\u0002`);
  return masked
    .split(PART_SEPARATOR)
    .map((part) => ({
      main: part.replace(/\u0001\d+\u0002/g, " ").replace(/\s+/g, " ").trim(),
      notes: [...part.matchAll(/\u0001(\d+)\u0002/g)].map((match) => notes[Number(match[1])] ?? ""),
    }))
    .filter((part) => part.main !== "" || part.notes.length > 0);
}

function referenceStripFillers(text: string): string {
  let current = text.replace(/[\s.:;,!]+$/u, "").trim();
  for (let previous = ""; previous !== current; ) {
    previous = current;
    current = current.replace(FILLER, "").replace(GROUP_QUALIFIER, "").trim();
  }
  return current;
}

/** Words, separators and odd characters that the description regexes treat specially. */
const PIECES = [
  ...[" ", "  ", "\t", "\u00a0", ",", ", ", ";", "/", " / ", "-", "- ", ".", "!", ":", "&", " & "],
  ...["(", ")", "(s)", "(en)", "(n)", "(e)", "(x)", "\u0001", "\u00010\u0002", "\u00017\u0002", "\u0002", "12"],
  ...["en", "EN", "of", "Of", "en/of", "and", "or", "and/or", "ander", "oft"],
  ...["de", "het", "onze", "the", "our", "elke", "el\u212ae", "ons", "on\u017f", "alle", "all", "van", "in", "binnen", "within"],
  ...["groep", "Groep", "group", "concern", "die", "onderdeel", "deel", "is", "i\u017f", "zijn", "uitmaakt", "uitma\u212aen", "that", "which", "are", "part"],
  ...["waaronder", "zoals", "bijv.", "o.a.", "onder andere", "such as", "e.g.", "partner", "partners", "é", "x"],
];

/**
 * Texts that end in (near) group qualifiers: a random start, then the words of "die onderdeel is van
 * de Groep" or "that is part of the group" slot by slot, mostly right, with spaces that are sometimes
 * missing or odd, and sometimes something after.
 */
function qualifierTexts(count: number): string[] {
  const next = random(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const slots = [
    ["die", "that", "which", "Die", "DIE", "x"],
    ["onderdeel", "deel", "is", "are", "Deel"],
    ["is", "zijn", "uitmaakt", "uitma\u212aen", "part", "i\u017f", "are"],
    ["van", "of", "in", "binnen", "within", "Van", "x"],
    ["de", "het", "onze", "the", "our", "De", "x"],
    ["groep", "Groep", "group", "concern", "GROUP", "groepen"],
  ];
  const spaces = [" ", " ", " ", "  ", "\t", "\u00a0", "", "-"];
  return Array.from({ length: count }, () => {
    let text = randomTexts(PIECES, 1, 3, Math.floor(next() * 1e9))[0]!;
    for (const slot of slots.slice(Math.floor(next() * 4))) text += pick(spaces) + pick(slot);
    return next() < 0.2 ? text + pick([" ", ".", " x", ", de groep"]) : text;
  });
}

describe("description scanners", () => {
  const texts = randomTexts(PIECES, 6000, 14, 7);
  const spaced = randomTexts(PIECES.map((piece) => ` ${piece}`), 4000, 9, 8);
  const all = [...texts, ...spaced, ...qualifierTexts(4000)];

  it("are checked on texts with every kind of group qualifier", () => {
    const matched = all.filter((text) => GROUP_QUALIFIER.test(text));
    expect(matched.filter((text) => /(?:die|that|which)\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+$/iu.test(text)).length).toBeGreaterThan(50);
    expect(matched.length).toBeGreaterThan(400);
  });

  it("split descriptions into parts and notes as the regexes did", () => {
    for (const text of all) expect(descriptionParts(text), JSON.stringify(text)).toEqual(referenceParts(text));
  });

  it("agree step by step with the regexes they replace", () => {
    for (const text of all) {
      const context = JSON.stringify(text);
      expect(dropPluralSuffixes(text), context).toBe(text.replace(PLURAL_SUFFIX, ""));
      const notes: string[] = [];
      const expectedNotes: string[] = [];
      const masked = maskNotes(text, notes);
      expect(masked, context).toBe(text.replace(/\(([^()]*)\)/g, (_, note: string) => `\u0001${expectedNotes.push(note) - 1}\u0002`));
      expect(notes, context).toEqual(expectedNotes);
      expect(splitEnumeration(text), context).toEqual(text.split(PART_SEPARATOR));
      expect(unmaskNotes(text, ["a", "b"]).main, context).toBe(text.replace(/\u0001\d+\u0002/g, " ").replace(/\s+/g, " ").trim());
      expect(dropNoteOpener(text), context).toBe(text.replace(NOTE_OPENER, ""));
      expect(dropGroupQualifier(text), context).toBe(text.replace(GROUP_QUALIFIER, ""));
    }
  });

  it("strip fillers, trailing punctuation and group membership as the regexes did", () => {
    for (const text of all) expect(stripFillers(text), JSON.stringify(text)).toBe(referenceStripFillers(text));
  });

  it("keep the examples that the rules rely on", () => {
    expect(stripFillers("elke entiteit die onderdeel is van de Groep.")).toBe("entiteit");
    expect(stripFillers("andere bedrijven van de Groep")).toBe("bedrijven");
    expect(stripFillers("de groep")).toBe("groep");
    expect(descriptionParts("wet- en regelgeving")).toEqual([{ main: "wet- en regelgeving", notes: [] }]);
    expect(descriptionParts("publiek beschikbare bronnen (internet, handelsregister)")).toEqual([
      { main: "publiek beschikbare bronnen", notes: ["internet, handelsregister"] },
    ]);
    expect(descriptionParts("partner(s), derden en/of afnemers")).toEqual([
      { main: "partner", notes: [] },
      { main: "derden", notes: [] },
      { main: "afnemers", notes: [] },
    ]);
  });
});
