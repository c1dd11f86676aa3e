/**
 * The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway
 * (ISO 3166-1 alpha-2). A country outside this list is a third country under Chapter V GDPR.
 */
export const eeaCountries: ReadonlySet<string> = new Set([
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU",
  "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
  "IS", "LI", "NO",
]);

/**
 * Whether a country code of the policy model lies outside the EEA. `worldwide` counts as outside:
 * it means the text names no countries but the data go beyond the EEA.
 */
export function isOutsideEea(code: string): boolean {
  return code === "worldwide" || !eeaCountries.has(code);
}
