import { describe, expect, it } from "vitest";
import * as lexicons from "../../src/lint/lexicon.js";
import { complaintTerms, containsDuration, containsLink, genericPart, genericRecipientTerms, type Lexicon, vagueQualifierTerms } from "../../src/lint/lexicon.js";
import { literalPhrase } from "../../src/lint/literal-phrase.js";
import { random, randomTexts } from "./random-texts.js";

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

describe("phrases found without their patterns", () => {
  /**
   * Random texts made of a lexicon's own words (stems continued), joined by spaces, brackets, quotes
   * and sentence marks, with gap words and letters that case-fold into LETTER: the texts where
   * literal-phrase.ts walks the pattern's choices, above all in `…` gaps.
   */
  function textsFor(lexicon: Lexicon, count: number, seed: number): string[] {
    const words = [...lexicon.phrases, ...lexicon.exceptions]
      .flatMap((phrase) => phrase.split(" "))
      .filter((word) => word !== "…")
      .flatMap((word) => (word.endsWith("*") ? [word.slice(0, -1), `${word.slice(0, -1)}en`, `${word.slice(0, -1)}’s-x`] : [word, word.toUpperCase()]));
    const joins = [" ", " ", " ", "  ", "\n", " (", ") ", "(", ")", "'", " ‘", "’ ", "“", ". ", "; ", ", ", "-", ""];
    const extras = ["a", "b.", "x;", "(y)", "z'", "\u039c", "\u0253", "é", "9", "?"];
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    return Array.from({ length: count }, () => {
      let text = "";
      const length = 1 + Math.floor(next() * 9);
      for (let k = 0; k < length; k++) text += pick(joins) + (next() < 0.6 ? pick(words) : pick(extras));
      return text + pick(joins);
    });
  }

  it("finds in random texts what the patterns find", () => {
    let found = 0;
    all.forEach(([name, lexicon], index) => {
      for (const text of textsFor(lexicon, 400, index + 1)) {
        const result = lexicon.find(text);
        if (result !== undefined) found++;
        expect(result, `${name} in ${JSON.stringify(text)}`).toBe(reference(lexicon, text));
      }
    });
    expect(found).toBeGreaterThan(2000);
  });

  it("reads nearly every phrase without compiling its pattern", () => {
    const phrases = all.flatMap(([, lexicon]) => [...lexicon.phrases, ...lexicon.exceptions]);
    const needPattern = phrases.filter((phrase) => literalPhrase(phrase) === null);
    expect(needPattern.length).toBeLessThan(phrases.length / 20);
    // A `*` before the last word, and letters beyond ASCII, are left to the pattern.
    expect(needPattern).toContain("assess* risk*");
    expect(needPattern).toContain("commerciële belangen");
    expect(literalPhrase("raadpleeg … website*")).toEqual({
      words: ["raadpleeg", "website"],
      gapBefore: [false, true],
      wordStart: true,
      wordEnd: false,
      stem: true,
    });
  });

  it("walks a gap's choices in the pattern's order", () => {
    // The gap word "x(worden" gives up its bracket so that "worden" can follow it.
    expect(vagueQualifierTerms.find("kan x(worden")).toBe("kan x(worden");
    // Longest gap word first: the later "worden" is found, as the pattern finds it.
    expect(vagueQualifierTerms.find("kan a(worden worden")).toBe("kan a(worden worden");
    expect(vagueQualifierTerms.find("kan a b c d e f worden")).toBe(reference(vagueQualifierTerms, "kan a b c d e f worden"));
    expect(vagueQualifierTerms.find("kan (a) ‘b’ worden.")).toBe(reference(vagueQualifierTerms, "kan (a) ‘b’ worden."));
  });

  it("searches a text whose lower case is longer (İ) with the patterns", () => {
    for (const text of ["İ soms", "İklacht", "klacht İ", "kunnen İ worden", "İ 2 jaar", "zie www.x.nl İ"]) {
      expect(vagueQualifierTerms.find(text), text).toBe(reference(vagueQualifierTerms, text));
      expect(complaintTerms.find(text), text).toBe(reference(complaintTerms, text));
    }
    expect(containsDuration("İ 2 jaar")).toBe(true);
    expect(containsLink("zie www.x.nl İ")).toBe(true);
  });
});

// The patterns that containsDuration and containsLink read plain texts without, as lexicon.ts has them.
const WORD = "[0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]";
const DURATION = new RegExp(
  `(?<!${WORD})(?:\\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|zestig|honderd|` +
    `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|hundred)(?:[\\s-]+)` +
    `(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|uur|uren|kalenderjaar|kalenderjaren|boekjaar|boekjaren|` +
    `day|days|week|weeks|month|months|year|years|hour|hours)(?!${WORD})|(?<!${WORD})(?:onmiddellijk|direct na|immediately)(?!${WORD})`,
  "iu",
);
const LINK = new RegExp(`https?:\\/\\/|(?<!${WORD})www\\.|\\]\\(`, "iu");

describe("containsDuration and containsLink without their patterns", () => {
  const pieces = [
    ...["2", "30", "x2", "één", "ÉÉN", "een", "vijftien", "tien", "zes", "Seven", "twee", "zestig"],
    ...["jaar", "JAAR", "jaren", "kalenderjaar", "dagen", "dag", "days", "weekend", "hours", "maand"],
    ...["onmiddellijk", "direct na", "Direct  na", "immediately", "www.", "WWW.", "http://", "HTTPS://", "https:/", "](", "]", "("],
    ...[" ", "  ", "-", " - ", "\t", "\u00a0", ".", ",", "a", "\u039c", "\u0253", "é", "ſ", "\u212a"],
  ];
  const texts = randomTexts(pieces, 8000, 8, 3);

  it("agree with the patterns on random texts", () => {
    let durations = 0;
    for (const text of texts) {
      if (containsDuration(text)) durations++;
      expect(containsDuration(text), JSON.stringify(text)).toBe(DURATION.test(text));
      expect(containsLink(text), JSON.stringify(text)).toBe(LINK.test(text));
    }
    expect(durations).toBeGreaterThan(300);
  });

  it("agree with the patterns on word edges for every character of the Basic Multilingual Plane", () => {
    const differences: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`${char}2 jaar`, `2 jaar${char}`, `${char}zes jaar`, `2${char}jaar`, `${char}onmiddellijk`]) {
        if (containsDuration(text) !== DURATION.test(text)) differences.push(`duration U+${code.toString(16)}`);
      }
      if (containsLink(`${char}www.x`) !== LINK.test(`${char}www.x`)) differences.push(`link U+${code.toString(16)}`);
    }
    expect(differences).toEqual([]);
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
