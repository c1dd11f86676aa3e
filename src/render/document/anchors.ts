/** Stable, ASCII, unique anchors for chapters and sections. */

/** "Categorieën Persoonsgegevens" → "categorieen-persoonsgegevens". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Hands out anchors in document order; a repeat gets `-2`, `-3`… so links never collide. */
export class AnchorRegistry {
  readonly #used = new Set<string>();

  claim(...parts: readonly (string | number)[]): string {
    const base = parts.map((part) => slugify(String(part))).filter((part) => part !== "").join("-") || "sectie";
    let anchor = base;
    for (let n = 2; this.#used.has(anchor); n += 1) anchor = `${base}-${n}`;
    this.#used.add(anchor);
    return anchor;
  }
}
