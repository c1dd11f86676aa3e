/** ISO 8601 retention periods (`P7Y`, `P18M`, `P0D`) compared by length. */

export interface DurationParts {
  readonly Y: number;
  readonly M: number;
  readonly W: number;
  readonly D: number;
}

const pattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** The parts of a period the schema accepts, or undefined for anything else. */
export function durationParts(period: string): DurationParts | undefined {
  const match = pattern.exec(period);
  if (!match || period === "P") return undefined;
  const [, y, m, w, d] = match;
  return { Y: Number(y ?? 0), M: Number(m ?? 0), W: Number(w ?? 0), D: Number(d ?? 0) };
}

/**
 * The approximate length in days (a year is 365.25 days, a month a twelfth of that), enough to tell
 * which of two periods is longer; undefined when the period cannot be read.
 */
export function durationDays(period: string): number | undefined {
  const parts = durationParts(period);
  if (!parts) return undefined;
  return parts.Y * 365.25 + parts.M * (365.25 / 12) + parts.W * 7 + parts.D;
}
