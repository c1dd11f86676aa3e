/**
 * "Did you mean …?" for misspelt keys, codes and references: the closest candidate by
 * Damerau–Levenshtein distance (optimal string alignment), compared case-insensitively, plus the
 * Dutch words editors naturally type for the schema's English keys.
 */

/** Dutch (and a few common English) words for schema keys; a hint only when the key is allowed there. */
const aliases: Readonly<Record<string, readonly string[]>> = {
  titel: ["title"],
  kop: ["title"],
  tekst: ["text"],
  taal: ["language"],
  versie: ["version"],
  inleiding: ["introduction"],
  hoofdstukken: ["chapters"],
  hoofdstuk: ["chapters"],
  doelen: ["purposes"],
  doeleinden: ["purposes"],
  doel: ["purposes"],
  rechtsgrond: ["legalBasis"],
  grondslag: ["legalBasis"],
  ontvangers: ["recipients"],
  bronnen: ["sources"],
  bron: ["source"],
  bewaartermijn: ["retention", "period"],
  bewaartermijnen: ["retention"],
  bewaren: ["retention"],
  termijn: ["period"],
  rechten: ["rights"],
  beveiliging: ["security"],
  doorgifte: ["transfers"],
  wijzigingen: ["changes"],
  categorieen: ["categories"],
  categorieën: ["categories"],
  verwerkingsverantwoordelijke: ["controller"],
  naam: ["name"],
  soort: ["kind"],
  landen: ["countries"],
  contact: ["contact", "contactPoints"],
  email: ["email"],
  "e-mail": ["email"],
  mail: ["email"],
  telefoon: ["phone"],
  adres: ["postalAddress"],
  postadres: ["postalAddress"],
  website: ["url"],
  link: ["url"],
  fg: ["dpo"],
  "n.v.t.": ["notApplicable"],
  nvt: ["notApplicable"],
  "not-applicable": ["notApplicable"],
  "not_applicable": ["notApplicable"],
  vertegenwoordiger: ["representative"],
  secties: ["sections"],
  verzameling: ["collection"],
  verstrekking: ["provision"],
  intrekking: ["withdrawal"],
};

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** How far a word may be off to still count as a typo of a candidate. */
function tolerance(length: number): number {
  if (length <= 3) return 1;
  if (length <= 6) return 2;
  return 3;
}

/**
 * The candidate the user most likely meant, or undefined when none is close. Ties go to the
 * candidate listed first, so suggestions follow the schema's order and never depend on chance.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  for (const alias of Object.hasOwn(aliases, lower) ? (aliases[lower] ?? []) : []) {
    if (candidates.includes(alias) && alias !== word) return alias;
  }
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = tolerance(Math.min(word.length, best.length));
  // A word containing the candidate whole (or vice versa) is a near miss too: `legalBasisList`.
  const contains = lower.length >= 4 && best.length >= 4 && (lower.includes(best.toLowerCase()) || best.toLowerCase().includes(lower));
  return bestDistance <= limit || contains ? best : undefined;
}
