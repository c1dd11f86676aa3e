/** Labels per notice language, and the small formatting helpers that use them. */
import { en } from "./en.js";
import { nl } from "./nl.js";
import type { Labels } from "./types.js";

export type { Labels } from "./types.js";

const byLanguage: Readonly<Record<"nl" | "en", Labels>> = { nl, en };

export function labelsFor(language: "nl" | "en"): Labels {
  return byLanguage[language];
}

/** "2022-09-14" → "14 september 2022" (no time zone involved: the date is a calendar date). */
export function formatDate(isoDate: string, labels: Labels): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const monthName = labels.months[Number(month) - 1];
  return monthName === undefined ? isoDate : `${Number(day)} ${monthName} ${year}`;
}

/** Roman numeral of a chapter number (1 → I); chapters never reach the thousands. */
export function romanNumeral(value: number): string {
  const table: ReadonlyArray<readonly [number, string]> = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = value;
  let out = "";
  for (const [amount, numeral] of table) {
    while (rest >= amount) {
      out += numeral;
      rest -= amount;
    }
  }
  return out;
}

/**
 * The notice's title as a common noun inside a sentence: "Privacy melding" → "privacy melding".
 * Only a capitalised first word is lowered; acronyms ("AVG-verklaring") and names after it stay.
 */
export function titleInSentence(title: string): string {
  const first = title.split(/\s/, 1)[0] ?? "";
  const isCapitalisedWord = /^\p{Lu}\p{Ll}/u.test(first) || /^\p{Lu}$/u.test(first);
  return isCapitalisedWord ? title.charAt(0).toLocaleLowerCase() + title.slice(1) : title;
}
