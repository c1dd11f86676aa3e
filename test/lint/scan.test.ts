import { describe, expect, it } from "vitest";
import {
  collapseSpaces,
  cutPieces,
  hasFoldedAt,
  isFoldedWordCode,
  isLatinLetterCode,
  isQuoteCode,
  isSpaceCode,
  isWordCode,
  splitWords,
  tidyMatch,
} from "../../src/lint/scan.js";
import { randomTexts, SPACES_AND_QUOTES } from "./random-texts.js";

const LATIN_LETTER = "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";

/** Code units of the Basic Multilingual Plane where a predicate and a one-character regex disagree. */
function disagreements(predicate: (code: number) => boolean, pattern: RegExp): string[] {
  const found: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (predicate(code) !== pattern.test(String.fromCharCode(code))) found.push(`U+${code.toString(16)}`);
  }
  return found;
}

const texts = randomTexts([...SPACES_AND_QUOTES, "a", "B", "é", "x-y", ".", "ſ", "\u212a"], 3000, 12);

describe("character classes", () => {
  it("match the regex classes they stand for, on every code unit of the BMP", () => {
    expect(disagreements(isSpaceCode, /^\s$/)).toEqual([]);
    expect(disagreements(isQuoteCode, /^[()[\]"'‘’“”]$/)).toEqual([]);
    expect(disagreements(isLatinLetterCode, new RegExp(`^[${LATIN_LETTER}]$`))).toEqual([]);
    expect(disagreements(isWordCode, new RegExp(`^[0-9${LATIN_LETTER}]$`))).toEqual([]);
  });

  it("fold LETTER as a pattern with the i flag does, on every code unit of the BMP", () => {
    expect(disagreements(isFoldedWordCode, new RegExp(`^[0-9${LATIN_LETTER}]$`, "i"))).toEqual([]);
  });

  it("treat what lies outside a string as no character", () => {
    expect(isSpaceCode(Number.NaN)).toBe(false);
    expect(isFoldedWordCode(Number.NaN)).toBe(false);
  });
});

describe("hasFoldedAt", () => {
  it("compares as the iu flags do: ASCII case, ſ as s, the Kelvin sign as k", () => {
    const letters = ["e", "E", "l", "L", "k", "K", "\u212a", "i", "s", "S", "ſ", "n", "/", "o", "f", ".", "a", " ", "d", "r"];
    for (const word of ["elke", "is", "en/of", "o.a.", "onder andere"]) {
      const pattern = new RegExp(`^${word.replace(/[./]/g, "\\$&")}`, "iu");
      for (const text of randomTexts(letters, 4000, word.length + 1, word.length)) {
        expect(hasFoldedAt(text, 0, word), `${word} in ${JSON.stringify(text)}`).toBe(pattern.test(text));
      }
    }
  });

  it("finds a word at an offset and not past the end", () => {
    expect(hasFoldedAt("de ELKE", 3, "elke")).toBe(true);
    expect(hasFoldedAt("de elk", 3, "elke")).toBe(false);
  });
});

describe("scanners", () => {
  it("collapseSpaces is replace(/\\s+/g, ' ')", () => {
    for (const text of texts) expect(collapseSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, " "));
  });

  it("tidyMatch drops brackets and quotes between words as its regex did", () => {
    const tidy = (text: string): string => text.replace(/(?:\s*[()[\]"“”‘’']+\s+|\s+[()[\]"“”‘’']+\s*|\s+)/g, " ").trim();
    for (const text of texts) expect(tidyMatch(text), JSON.stringify(text)).toBe(tidy(text));
    expect(tidyMatch("(evt. wettelijke) bewaartermijnen")).toBe("(evt. wettelijke bewaartermijnen");
  });

  it("splitWords is trim().split(/\\s+/)", () => {
    for (const text of texts) expect(splitWords(text), JSON.stringify(text)).toEqual(text.trim().split(/\s+/));
  });

  it("cutPieces is split(/ ?([…*]) ?/)", () => {
    for (const text of randomTexts(["a", "bc", " ", "  ", "…", "*", "x*", " … "], 3000, 10, 5)) {
      expect(cutPieces(text), JSON.stringify(text)).toEqual(text.split(/ ?([…*]) ?/));
    }
    expect(cutPieces("raadpleeg … website*")).toEqual(["raadpleeg", "…", "website", "*", ""]);
  });
});
