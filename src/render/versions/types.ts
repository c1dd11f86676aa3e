/**
 * The published-versions index, `dist/.well-known/privacy-notice.json` (schema/well-known.schema.json):
 * every notice, each version ever published under `dist/<id>/v/<version>/`, and the latest.
 */

/** The files of one published version, relative to the site root. */
export interface VersionFiles {
  readonly html: string;
  readonly pdf: string;
  readonly json: string;
  readonly md: string;
  /** The validated policy data of the version; diffs and `lint --previous` read it. */
  readonly policy: string;
}

export interface PublishedVersion {
  readonly version: string;
  readonly lastUpdated: string | null;
  /** `sha256:` + hex SHA-256 of the version's policy.json bytes: what the version says. */
  readonly contentHash: string;
  readonly urls: VersionFiles;
  /** Hex SHA-256 of each file's bytes, for consent records that keep what was shown. */
  readonly sha256: Readonly<Record<keyof VersionFiles, string>>;
}

export interface PublishedNotice {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  /** The version the latest paths (`<id>/index.html`…) show; null when it has no version. */
  readonly latest: string | null;
  readonly feed: string;
  /** Oldest first, in the order they were published. */
  readonly versions: readonly PublishedVersion[];
}

export interface WellKnownIndex {
  readonly $schema: string;
  readonly formatVersion: 1;
  readonly notices: readonly PublishedNotice[];
}

export const WELL_KNOWN_PATH = ".well-known/privacy-notice.json";
export const WELL_KNOWN_SCHEMA_ID = "https://privacy-notice.dev/schema/well-known/1.json";
