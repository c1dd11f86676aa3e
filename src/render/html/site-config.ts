/**
 * Page furniture from `privacy-notice.site.yaml`: a header, a footer and call-to-action blocks
 * around the notice. Furniture is never part of the notice: it renders outside `<main>`.
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { ToolError } from "../../diagnostics/index.js";

/** The default file name, looked up in the working directory. */
export const SITE_CONFIG_FILE = "privacy-notice.site.yaml";

export interface CallToAction {
  readonly title: string;
  /** Markdown. */
  readonly text: string;
}

export interface Furniture {
  /** Markdown shown above the notice on every page. */
  readonly header?: string;
  /** Markdown shown below the notice on every page. */
  readonly footer?: string;
  readonly callToAction?: readonly CallToAction[];
}

export interface SiteConfig extends Furniture {
  /** Furniture for one notice, by notice id; replaces the site-wide value of the same key. */
  readonly notices?: Readonly<Record<string, Furniture>>;
}

const markdown = { type: "string", minLength: 1, maxLength: 20000 } as const;
const furnitureProperties = {
  header: markdown,
  footer: markdown,
  callToAction: {
    type: "array",
    items: {
      type: "object",
      additionalProperties: false,
      required: ["title", "text"],
      properties: { title: { type: "string", minLength: 1, maxLength: 300 }, text: markdown },
    },
  },
} as const;

/** JSON Schema of the site configuration. */
export const siteConfigSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  type: "object",
  additionalProperties: false,
  properties: {
    ...furnitureProperties,
    notices: {
      type: "object",
      propertyNames: { pattern: "^[a-z0-9][a-z0-9-]*$" },
      additionalProperties: { type: "object", additionalProperties: false, properties: furnitureProperties },
    },
  },
} as const;

/** Reads and validates a site configuration; problems are the tool's (exit 2), not a policy's. */
export async function loadSiteConfig(file: string): Promise<SiteConfig> {
  const text = await readFile(file, "utf8").catch((cause: NodeJS.ErrnoException) => {
    throw new ToolError("bad-config", {
      nl: `Kan de siteconfiguratie ${file} niet lezen (${cause.code ?? cause.message}).`,
      en: `Cannot read the site configuration ${file} (${cause.code ?? cause.message}).`,
    }, { cause });
  });
  let data: unknown;
  try {
    data = parse(text, { strict: true, uniqueKeys: true, maxAliasCount: 100 }) ?? {};
  } catch (cause) {
    throw new ToolError("bad-config", {
      nl: `De siteconfiguratie ${file} is geen geldige YAML: ${(cause as Error).message}`,
      en: `The site configuration ${file} is not valid YAML: ${(cause as Error).message}`,
    }, { cause });
  }
  return validateSiteConfig(file, data);
}

/** Checks data against {@link siteConfigSchema}. */
export async function validateSiteConfig(file: string, data: unknown): Promise<SiteConfig> {
  const { Ajv } = await import("ajv");
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile<SiteConfig>(siteConfigSchema);
  if (validate(data)) return data;
  const problems = (validate.errors ?? [])
    .map((error) => `${error.instancePath || "/"} ${error.message ?? ""}${error.params && "additionalProperty" in error.params ? ` (${String(error.params.additionalProperty)})` : ""}`)
    .join("; ");
  throw new ToolError("bad-config", {
    nl: `De siteconfiguratie ${file} klopt niet: ${problems}. Toegestaan zijn header, footer, callToAction (title, text) en notices.<id>.`,
    en: `The site configuration ${file} is invalid: ${problems}. Allowed are header, footer, callToAction (title, text) and notices.<id>.`,
  });
}

/** The furniture of one notice: its own values where given, the site-wide ones otherwise. */
export function furnitureFor(config: SiteConfig, noticeId: string): Furniture {
  const own = config.notices?.[noticeId] ?? {};
  const pick = <K extends keyof Furniture>(key: K): Furniture[K] => own[key] ?? config[key];
  return stripUndefined({ header: pick("header"), footer: pick("footer"), callToAction: pick("callToAction") });
}

function stripUndefined(furniture: { [K in keyof Furniture]: Furniture[K] | undefined }): Furniture {
  return Object.fromEntries(Object.entries(furniture).filter(([, value]) => value !== undefined)) as Furniture;
}
