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

/**
 * Checks data against {@link siteConfigSchema}. Written out by hand rather than compiled with ajv at
 * run time: compiling cost a build about 120 ms for six fields (a test keeps the two in agreement).
 */
export async function validateSiteConfig(file: string, data: unknown): Promise<SiteConfig> {
  const problems = siteConfigProblems(data);
  if (problems.length === 0) return data as SiteConfig;
  throw new ToolError("bad-config", {
    nl: `De siteconfiguratie ${file} klopt niet: ${problems.join("; ")}. Toegestaan zijn header, footer, callToAction (title, text) en notices.<id>.`,
    en: `The site configuration ${file} is invalid: ${problems.join("; ")}. Allowed are header, footer, callToAction (title, text) and notices.<id>.`,
  });
}

/** Every way `data` breaks {@link siteConfigSchema}, as `<JSON pointer> <problem>`; empty when valid. */
export function siteConfigProblems(data: unknown): string[] {
  const problems: string[] = [];
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);
  const text = (value: unknown, path: string, max: number): void => {
    if (typeof value !== "string") problems.push(`${path} must be string`);
    else if (value.length < 1 || value.length > max) problems.push(`${path} must have 1 to ${max} characters`);
  };
  const furniture = (value: unknown, path: string, allowed: readonly string[]): void => {
    if (!isObject(value)) {
      problems.push(`${path || "/"} must be object`);
      return;
    }
    for (const [key, field] of Object.entries(value)) {
      const at = `${path}/${key}`;
      if (!allowed.includes(key)) problems.push(`${path || "/"} must NOT have additional properties (${key})`);
      else if (key === "header" || key === "footer") text(field, at, 20000);
      else if (key === "callToAction") {
        if (!Array.isArray(field)) problems.push(`${at} must be array`);
        else field.forEach((block, index) => callToAction(block, `${at}/${index}`));
      } else if (key === "notices") notices(field, at);
    }
  };
  const callToAction = (block: unknown, path: string): void => {
    if (!isObject(block)) {
      problems.push(`${path} must be object`);
      return;
    }
    for (const key of ["title", "text"]) if (!(key in block)) problems.push(`${path} must have required property '${key}'`);
    for (const [key, field] of Object.entries(block)) {
      if (key === "title") text(field, `${path}/title`, 300);
      else if (key === "text") text(field, `${path}/text`, 20000);
      else problems.push(`${path} must NOT have additional properties (${key})`);
    }
  };
  const notices = (value: unknown, path: string): void => {
    if (!isObject(value)) {
      problems.push(`${path} must be object`);
      return;
    }
    for (const [id, own] of Object.entries(value)) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push(`${path} property name '${id}' is invalid`);
      furniture(own, `${path}/${id}`, furnitureKeys);
    }
  };
  furniture(data, "", [...furnitureKeys, "notices"]);
  return problems;
}

const furnitureKeys = ["header", "footer", "callToAction"] as const;

/** The furniture of one notice: its own values where given, the site-wide ones otherwise. */
export function furnitureFor(config: SiteConfig, noticeId: string): Furniture {
  const own = config.notices?.[noticeId] ?? {};
  const pick = <K extends keyof Furniture>(key: K): Furniture[K] => own[key] ?? config[key];
  return stripUndefined({ header: pick("header"), footer: pick("footer"), callToAction: pick("callToAction") });
}

function stripUndefined(furniture: { [K in keyof Furniture]: Furniture[K] | undefined }): Furniture {
  return Object.fromEntries(Object.entries(furniture).filter(([, value]) => value !== undefined)) as Furniture;
}
