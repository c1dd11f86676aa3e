import { describe, expect, it } from "vitest";
import * as lexicons from "../../src/lint/lexicon.js";
import { complaintTerms, containsDuration, containsLink, genericPart, genericRecipientTerms, type Lexicon, vagueQualifierTerms } from "../../src/lint/lexicon.js";

const all = Object.entries(lexicons).filter((entry): entry is [string, Lexicon] => {
  const value: unknown = entry[1];
  return typeof value === "object" && value !== null && "find" in value;
});

/**
 * A text with a long s (ſ) is searched with the `u` patterns and the plain check that every literal
 * word of a phrase is in the text (see UNICODE_FOLDS in lexicon.ts). Adding one, as a word of its
 * own, gives a reference result for the rest of the text that the piece prefilter must not change.
 */
function reference(lexicon: Lexicon, text: string): string | undefined {
  return lexicon.find(`${text} ſ`);
}

/** Texts made of a phrase: as written, with its `*` and `…` filled in, and with other separators. */
function textsWith(phrase: string): string[] {
  const stem = phrase.replace(/\*/g, "").replace(/ … /g, " ");
  const filled = phrase.replace(/\*/g, "en").replace(/ … /g, " een twee drie ");
  return [
    stem,
    filled,
    phrase.replace(/\*/g, "'s").replace(/ … /g, " a b c d e f "),
    `Wij noemen ${stem.toUpperCase()} hier.`,
    `(${stem.replace(/ /g, " (")})`,
    stem.replace(/ /g, "\n  "),
    stem.replace(/ /g, "’ "),
  ];
}

/** Texts near a phrase that must not match it: glued to letters, or with a word or a full stop between. */
function textsWithout(phrase: string): string[] {
  const stem = phrase.replace(/\*/g, "").replace(/ … /g, " ");
  return [
    `x${stem}`,
    phrase.endsWith("*") ? `${stem}` : `${stem}x`,
    `é${stem}ë`,
    `9${stem}`,
    stem.replace(" ", " extra "),
    stem.replace(" ", ". "),
    phrase.replace(/\*/g, "").replace(/ … /g, " a b c d e f g "),
  ];
}

describe("lexicon prefilter", () => {
  it("finds every phrase of every lexicon in a text made of it", () => {
    for (const [name, lexicon] of all) {
      for (const phrase of lexicon.phrases) {
        for (const text of textsWith(phrase)) {
          const found = lexicon.find(text);
          expect(found, `${name}: ${phrase} in ${JSON.stringify(text)}`).toBeDefined();
          expect(found, `${name}: ${phrase} in ${JSON.stringify(text)}`).toBe(reference(lexicon, text));
        }
      }
    }
  });

  it("finds no more than the patterns do in texts near a phrase", () => {
    for (const [name, lexicon] of all) {
      for (const phrase of [...lexicon.phrases, ...lexicon.exceptions]) {
        for (const text of textsWithout(phrase)) {
          expect(lexicon.find(text), `${name}: ${phrase} in ${JSON.stringify(text)}`).toBe(reference(lexicon, text));
        }
      }
    }
  });

  it("does not find a phrase that is part of a longer word", () => {
    expect(complaintTerms.find("xklacht")).toBeUndefined();
    expect(complaintTerms.find("klachtx")).toBeUndefined();
    expect(complaintTerms.find("klacht2")).toBeUndefined();
    expect(complaintTerms.find("ëklacht")).toBeUndefined();
    expect(complaintTerms.find("klacht-x")).toBe("klacht");
    expect(vagueQualifierTerms.find("kan a b c d e f g worden")).toBeUndefined();
    expect(vagueQualifierTerms.find("kan a b c d e f worden")).toBe("kan a b c d e f worden");
    expect(vagueQualifierTerms.find("kan. Dat worden")).toBeUndefined();
  });

  it("agrees with the patterns on word edges for every character of the Basic Multilingual Plane", () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`${char}klacht`, `klacht${char}`, `${char}in behandeling`]) {
        const lexicon = text.includes("behandeling") ? lexicons.handlingTerms : complaintTerms;
        if (lexicon.find(text) !== reference(lexicon, text)) differences.push(`U+${code.toString(16)}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("folds case with the u flag's rules for ſ, the Kelvin and Angstrom signs and ẞ", () => {
    expect(vagueQualifierTerms.find("ſoms en soms")).toBe("ſoms");
    expect(complaintTerms.find("\u212Alacht")).toBe("\u212Alacht");
    expect(complaintTerms.find("klacht\u1E9E")).toBeUndefined();
    expect(complaintTerms.find("\u212Bklacht")).toBeUndefined();
    expect(containsDuration("5 \u212Aalenderjaar")).toBe(true);
    expect(containsDuration("zeſ jaar")).toBe(true);
    expect(containsDuration("5 jaar\u212A")).toBe(false);
  });
});

describe("containsDuration", () => {
  it("finds numbers and number words with a unit, and words for at once", () => {
    for (const text of ["2 jaar", "binnen 7-years", "zes maanden", "één jaar", "ÉÉN JAAR", "Onmiddellijk na afloop", "direct na", "30 dagen"]) {
      expect(containsDuration(text), text).toBe(true);
    }
  });

  it("needs a word boundary around the duration", () => {
    for (const text of ["x2 jaar", "2 jaarx", "2jaar", "zolang nodig", "tweede jaar", "jaar"]) {
      expect(containsDuration(text), text).toBe(false);
    }
  });
});

describe("containsLink", () => {
  it("finds URLs, www addresses and Markdown links", () => {
    for (const text of ["zie https://example.nl", "HTTP://X", "zie www.example.nl", "(WWW.x.nl)", "[de site](/privacy)"]) {
      expect(containsLink(text), text).toBe(true);
    }
    for (const text of ["awww.example", "zie de website", "[niet gelinkt]"]) {
      expect(containsLink(text), text).toBe(false);
    }
  });
});

describe("genericPart", () => {
  it("drops a plural suffix in brackets after a Latin letter", () => {
    expect(genericPart("partner(s)", genericRecipientTerms)).toBe("partner");
    expect(genericPart("derde(n) en Jansen B.V.", genericRecipientTerms)).toBe("derde");
    expect(genericPart("Jansen B.V.", genericRecipientTerms)).toBeUndefined();
  });
});
