/** "Did you mean …?": edit distance with swaps, and the Dutch words editors type for English keys. */
import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../src/validate/index.js";

describe("editDistance", () => {
  it.each([
    ["title", "title", 0],
    ["titel", "title", 1],
    ["contct", "contact", 1],
    ["consnet", "consent", 1],
    ["legalbasis", "legalBasis", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("didYouMean", () => {
  const keys = ["id", "title", "label", "purposes", "recipients", "retention", "legalBasis", "legitimateInterest"];

  it("finds the key behind a typo, a swap or a case slip", () => {
    expect(didYouMean("purpses", keys)).toBe("purposes");
    expect(didYouMean("recipeints", keys)).toBe("recipients");
    expect(didYouMean("legalbasis", keys)).toBe("legalBasis");
    expect(didYouMean("legitimateIntrest", keys)).toBe("legitimateInterest");
  });

  it("knows the Dutch words for keys, but only suggests keys allowed there", () => {
    expect(didYouMean("titel", keys)).toBe("title");
    expect(didYouMean("doelen", keys)).toBe("purposes");
    expect(didYouMean("ontvangers", keys)).toBe("recipients");
    expect(didYouMean("bewaartermijn", keys)).toBe("retention");
    expect(didYouMean("tekst", keys)).toBeUndefined();
    expect(didYouMean("tekst", ["text", "title"])).toBe("text");
  });

  it("suggests nothing when nothing is close", () => {
    expect(didYouMean("kleur", keys)).toBeUndefined();
    expect(didYouMean("x", keys)).toBeUndefined();
    expect(didYouMean("anything", [])).toBeUndefined();
  });

  it("prefers the candidate listed first when two are equally close", () => {
    expect(didYouMean("ab", ["ax", "ay"])).toBe("ax");
    expect(didYouMean("ab", ["ay", "ax"])).toBe("ay");
  });
});
