/**
 * Lint configuration, ESLint-style: `privacy-notice.config.yaml` with `rules: { id: off|warn|error }`
 * and `overrides: [{ files, rules }]` (the last matching override wins). The file is found by searching
 * from the working directory upward, or given with `--config`. Its published JSON Schema is
 * schema/config.schema.json (for editors); here it is checked by hand so that every problem carries
 * file:line:column and lint need not compile a second ajv schema. A test keeps the two in agreement.
 */
// Synchronous reads, as in the load stage: node:fs/promises would add its module graph to every lint start.
import { readFileSync, statSync, type Stats } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { ToolError, type LocalizedText, type PolicyPath, type Severity } from "../diagnostics/index.js";
import { SourceMap } from "../load/source-map.js";
import { didYouMean } from "./suggest.js";

export const CONFIG_FILE_NAME = "privacy-notice.config.yaml";

export type RuleSetting = "off" | "warn" | "error";

export interface ConfigOverride {
  /** Globs relative to the config file's folder. */
  readonly files: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export interface LintConfig {
  /** Absolute path of the config file; undefined when running on defaults. */
  readonly file: string | undefined;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly overrides: readonly ConfigOverride[];
}

/** Every rule at its default severity. */
export const defaultConfig: LintConfig = { file: undefined, rules: {}, overrides: [] };

const SETTINGS: Readonly<Record<string, RuleSetting>> = { off: "off", warn: "warn", error: "error", 0: "off", 1: "warn", 2: "error" };

/** The severity a setting gives a rule, or undefined when the rule is off. */
export function severityOf(setting: RuleSetting | undefined, defaultSeverity: Severity): Severity | undefined {
  if (setting === "off") return undefined;
  if (setting === "warn") return "warning";
  if (setting === "error") return "error";
  return defaultSeverity;
}

/**
 * The nearest `privacy-notice.config.yaml` from `startDir` upward. The search stops at the filesystem
 * root or after a folder that holds `.git`, so a config outside the repository never applies.
 */
export async function findConfigFile(startDir: string): Promise<string | undefined> {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (exists(join(dir, ".git"))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface ResolveConfigOptions {
  readonly cwd: string;
  /** `--config <file>`, relative to cwd. */
  readonly configFile?: string | undefined;
  /** The catalogue's rule ids; settings for other ids are configuration errors. */
  readonly knownRuleIds: readonly string[];
}

/** The configuration that applies: `--config`, else the nearest config file, else the defaults. */
export async function resolveConfig(options: ResolveConfigOptions): Promise<LintConfig> {
  const file = options.configFile !== undefined ? resolve(options.cwd, options.configFile) : await findConfigFile(options.cwd);
  if (file === undefined) return defaultConfig;
  const shown = displayPath(file, options.cwd);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new ToolError(
      code === "ENOENT" ? "file-not-found" : "bad-config",
      code === "ENOENT"
        ? { nl: `Configuratiebestand niet gevonden: ${shown}.`, en: `Configuration file not found: ${shown}.` }
        : { nl: `Kan configuratiebestand ${shown} niet lezen (${code ?? String(cause)}).`, en: `Cannot read configuration file ${shown} (${code ?? String(cause)}).` },
      { cause },
    );
  }
  return parseConfigText(file, text, options.knownRuleIds, shown);
}

/**
 * Parses and checks a config file's text. Every problem is collected and thrown as one ToolError
 * (`bad-config`, exit 2) whose lines read `file:line:column: message`.
 */
export function parseConfigText(file: string, text: string, knownRuleIds: readonly string[], shown = file): LintConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const sourceMap = new SourceMap(document, lineCounter, text);
  const problems: { readonly line: number; readonly column: number; readonly text: LocalizedText }[] = [];
  const problem = (path: PolicyPath, at: "key" | "value", message: LocalizedText): void => {
    const { start } = sourceMap.locate(path, at);
    problems.push({ ...start, text: message });
  };
  for (const error of document.errors) {
    const { line, column } = sourceMap.position(error.pos[0]);
    const detail = error.message.split("\n")[0] ?? error.message;
    problems.push({ line, column, text: { nl: `YAML-fout: ${detail}`, en: `YAML error: ${detail}` } });
  }

  const rules: Record<string, RuleSetting> = {};
  const overrides: ConfigOverride[] = [];
  const root = document.errors.length === 0 ? document.contents : null;
  if (root !== null && !(isScalar(root) && root.value === null)) {
    if (!isMap(root)) {
      problem([], "value", { nl: "De configuratie moet een mapping zijn met `rules` en/of `overrides`.", en: "The configuration must be a mapping with `rules` and/or `overrides`." });
    } else {
      for (const [key, value] of entries(root)) {
        if (key === "rules") readRules(value, ["rules"], rules);
        else if (key === "overrides") readOverrides(value);
        else problem([key], "key", unknownKey(key, ["rules", "overrides"]));
      }
    }
  }
  if (problems.length > 0) {
    const lines = (language: keyof LocalizedText): string =>
      problems.map((p) => `${shown}:${p.line}:${p.column}: ${p.text[language]}`).join("\n");
    throw new ToolError("bad-config", {
      nl: `Ongeldig configuratiebestand:\n${lines("nl")}`,
      en: `Invalid configuration file:\n${lines("en")}`,
    });
  }
  return { file, rules, overrides };

  function readRules(node: unknown, path: PolicyPath, into: Record<string, RuleSetting>): void {
    if (isScalar(node) && node.value === null) return;
    if (!isMap(node)) {
      problem(path, "value", { nl: "`rules` moet een mapping zijn van regel-id naar `off`, `warn` of `error`.", en: "`rules` must be a mapping from rule id to `off`, `warn` or `error`." });
      return;
    }
    for (const [id, value] of entries(node)) {
      if (!knownRuleIds.includes(id)) {
        const hint = didYouMean(id, knownRuleIds);
        problem([...path, id], "key", {
          nl: `Onbekende regel "${id}".${hint.nl} \`privacy-notice rules\` toont alle regels.`,
          en: `Unknown rule "${id}".${hint.en} \`privacy-notice rules\` lists every rule.`,
        });
        continue;
      }
      const raw = isScalar(value) ? value.value : undefined;
      const setting = typeof raw === "string" || typeof raw === "number" ? SETTINGS[String(raw)] : undefined;
      if (setting === undefined) {
        problem([...path, id], "value", {
          nl: `Ongeldige ernst voor "${id}": gebruik off, warn of error (of 0, 1, 2).`,
          en: `Invalid severity for "${id}": use off, warn or error (or 0, 1, 2).`,
        });
        continue;
      }
      into[id] = setting;
    }
  }

  function readOverrides(node: unknown): void {
    if (!isSeq(node)) {
      problem(["overrides"], "value", { nl: "`overrides` moet een lijst zijn van `{ files, rules }`.", en: "`overrides` must be a list of `{ files, rules }`." });
      return;
    }
    node.items.forEach((item, index) => {
      const path = ["overrides", index];
      if (!isMap(item)) {
        problem(path, "value", { nl: "Een override is een mapping met `files` en `rules`.", en: "An override is a mapping with `files` and `rules`." });
        return;
      }
      let files: string[] | undefined;
      const overrideRules: Record<string, RuleSetting> = {};
      let hasRules = false;
      for (const [key, value] of entries(item)) {
        if (key === "files") files = readGlobs(value, [...path, "files"]);
        else if (key === "rules") {
          hasRules = true;
          readRules(value, [...path, "rules"], overrideRules);
        } else problem([...path, key], "key", unknownKey(key, ["files", "rules"]));
      }
      if (!item.has("files")) problem(path, "value", { nl: "Deze override mist `files` (de bestanden waarvoor hij geldt).", en: "This override lacks `files` (the files it applies to)." });
      if (!hasRules) problem(path, "value", { nl: "Deze override mist `rules`.", en: "This override lacks `rules`." });
      if (files) overrides.push({ files, rules: overrideRules });
    });
  }

  function readGlobs(node: unknown, path: PolicyPath): string[] | undefined {
    const globs = isSeq(node) ? node.items.map((item) => (isScalar(item) ? item.value : undefined)) : [];
    if (!isSeq(node) || globs.length === 0 || !globs.every((glob): glob is string => typeof glob === "string" && glob !== "")) {
      problem(path, "value", {
        nl: "`files` moet een niet-lege lijst van glob-patronen zijn, bijvoorbeeld `[policy/**/*.yaml]`.",
        en: "`files` must be a non-empty list of glob patterns, for example `[policy/**/*.yaml]`.",
      });
      return undefined;
    }
    return globs;
  }
}

/**
 * The explicit rule settings for one policy file: top-level `rules`, then each matching override in
 * order, so the last matching override wins. Globs are matched against the file's path relative to
 * the config file's folder, with forward slashes.
 */
export async function ruleSettingsFor(config: LintConfig, policyFile: string, cwd = process.cwd()): Promise<Map<string, RuleSetting>> {
  const settings = new Map(Object.entries(config.rules));
  if (config.overrides.length === 0 || config.file === undefined) return settings;
  // picomatch is only needed when overrides exist; keep it off the common path. Required, not
  // imported: the CLI bundle that runs this is a classic script, where `import()` is unavailable.
  const picomatch = createRequire(import.meta.url)("picomatch") as typeof import("picomatch");
  const target = relative(dirname(config.file), resolve(cwd, policyFile)).split(sep).join("/");
  for (const override of config.overrides) {
    if (picomatch(override.files as string[], { dot: true })(target)) {
      for (const [id, setting] of Object.entries(override.rules)) settings.set(id, setting);
    }
  }
  return settings;
}

/** A path for messages: relative to cwd when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : file;
}

function entries(map: unknown): [string, unknown][] {
  if (!isMap(map)) return [];
  return map.items.filter(isPair).map((pair) => [String(isScalar(pair.key) ? pair.key.value : (pair.key as Node | null)), pair.value]);
}

function unknownKey(key: string, allowed: readonly string[]): LocalizedText {
  const hint = didYouMean(key, allowed);
  const list = allowed.map((name) => `\`${name}\``).join(", ");
  return {
    nl: `Onbekende sleutel "${key}".${hint.nl} Toegestaan: ${list}.`,
    en: `Unknown key "${key}".${hint.en} Allowed: ${list}.`,
  };
}

function isFile(file: string): boolean {
  return statOf(file)?.isFile() ?? false;
}

function exists(file: string): boolean {
  return statOf(file) !== undefined;
}

/** The file's stats, or undefined when it is missing or cannot be examined. */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
