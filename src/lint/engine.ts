/**
 * Stage 3, lint: runs the enabled rules over a validated policy and turns their path-based reports
 * into diagnostics (messages in nl and en, source ranges, configured severities), drops reports that
 * a rule's `dependsOn` parent already covers, applies in-policy directives, then sorts.
 */
import {
  sortDiagnostics,
  ToolError,
  type Diagnostic,
  type LocalizedText,
  type PathSegment,
  type PolicyPath,
  type Range,
  type Severity,
} from "../diagnostics/index.js";
import type { LoadedPolicy } from "../load/index.js";
import type { Policy } from "../model/index.js";
import { defaultConfig, ruleSettingsFor, severityOf, type LintConfig } from "./config.js";
import { applyDirectives, parseDirectives } from "./directives.js";
import type { Report, Rule } from "./rule.js";
import { ruleLoaders, type RuleLoader } from "./rules/index.js";

/** Rule id → lazy loader; the generated catalogue unless a test injects its own. */
export type RuleCatalogue = Readonly<Record<string, RuleLoader>>;

export interface LintOptions {
  readonly loaded: LoadedPolicy;
  /** The validated policy (validatePolicy's output). */
  readonly policy: Policy;
  readonly config?: LintConfig;
  /** The file to report and to match `overrides` against; defaults to `loaded.file`. */
  readonly file?: string;
  /** Working directory that relative file names are resolved from (for `overrides`). */
  readonly cwd?: string;
  readonly rules?: RuleCatalogue;
  /** The previously published version of the policy, for rules that compare versions. */
  readonly previous?: Policy | undefined;
  /** When given, each rule's running time in milliseconds is added to it (`TIMING=1`). */
  readonly timings?: Map<string, number> | undefined;
}

/** A rule with the severity it runs at. */
export interface EnabledRule {
  readonly rule: Rule;
  readonly severity: Severity;
}

/** Loads every rule of a catalogue (for `rules`, `explain`, docs), sorted by id. */
export async function loadAllRules(catalogue: RuleCatalogue = ruleLoaders): Promise<Rule[]> {
  return loadRules(Object.keys(catalogue).sort(), catalogue);
}

/**
 * The rules that run on `file` under `config`, with their severities. Rules set to `off` are not
 * even imported, as ESLint's lazy rule map does.
 */
export async function enabledRules(
  config: LintConfig,
  file: string,
  catalogue: RuleCatalogue = ruleLoaders,
  cwd = process.cwd(),
): Promise<EnabledRule[]> {
  const settings = await ruleSettingsFor(config, file, cwd);
  const ids = Object.keys(catalogue).filter((id) => settings.get(id) !== "off").sort();
  const rules = await loadRules(ids, catalogue);
  return rules.flatMap((rule) => {
    const severity = severityOf(settings.get(rule.meta.id), rule.meta.defaultSeverity);
    return severity === undefined ? [] : [{ rule, severity }];
  });
}

/** Lints one validated policy; returns its rule and directive diagnostics, sorted. */
export async function lintPolicy(options: LintOptions): Promise<Diagnostic[]> {
  const { loaded, policy } = options;
  const catalogue = options.rules ?? ruleLoaders;
  const file = options.file ?? loaded.file;
  const rules = await enabledRules(options.config ?? defaultConfig, file, catalogue, options.cwd);

  const reportsByRule = new Map<string, Report[]>();
  for (const { rule } of rules) {
    const started = options.timings === undefined ? 0 : performance.now();
    reportsByRule.set(rule.meta.id, runRule(rule, policy, options.previous));
    if (options.timings !== undefined) {
      options.timings.set(rule.meta.id, (options.timings.get(rule.meta.id) ?? 0) + performance.now() - started);
    }
  }

  const findings: Diagnostic[] = [];
  for (const { rule, severity } of rules) {
    const parents = (rule.meta.dependsOn ?? []).flatMap((id) => reportsByRule.get(id) ?? []);
    for (const report of reportsByRule.get(rule.meta.id) ?? []) {
      if (parents.some((parent) => related(parent.path, report.path))) continue;
      findings.push({
        file,
        source: "rule",
        ruleId: rule.meta.id,
        messageId: report.messageId,
        message: formatMessage(rule, report),
        severity,
        path: report.path,
        range: locate(loaded, report),
      });
    }
  }
  const directives = parseDirectives(loaded.text, loaded.document, loaded.sourceMap);
  return sortDiagnostics(applyDirectives(file, findings, directives, Object.keys(catalogue)));
}

/** Fills `{{name}}` placeholders from the report's data; unknown names stay visible, as in ESLint. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => {
    const value = data?.[name];
    return value === undefined ? whole : String(value);
  });
}

async function loadRules(ids: readonly string[], catalogue: RuleCatalogue): Promise<Rule[]> {
  return Promise.all(
    ids.map(async (id) => {
      const loader = catalogue[id];
      if (!loader) throw internal(id, { nl: "staat niet in de catalogus", en: "is not in the catalogue" });
      let rule: Rule;
      try {
        rule = (await loader()).default;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw internal(id, { nl: `kon niet worden geladen: ${detail}`, en: `could not be loaded: ${detail}` }, error);
      }
      if (rule?.meta?.id !== id) {
        throw internal(id, { nl: `heeft meta.id "${String(rule?.meta?.id)}"`, en: `has meta.id "${String(rule?.meta?.id)}"` });
      }
      return rule;
    }),
  );
}

function runRule(rule: Rule, policy: Policy, previous: Policy | undefined): Report[] {
  const reports: Report[] = [];
  const id = rule.meta.id;
  try {
    rule.check({
      policy,
      ...(previous === undefined ? {} : { previous }),
      report(report) {
        if (!Object.hasOwn(rule.meta.messages, report.messageId)) {
          throw internal(id, { nl: `meldt een onbekende messageId "${report.messageId}"`, en: `reports an unknown messageId "${report.messageId}"` });
        }
        reports.push(report);
      },
    });
  } catch (error) {
    if (error instanceof ToolError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw internal(id, { nl: `liep vast: ${detail}`, en: `crashed: ${detail}` }, error);
  }
  return reports;
}

function internal(id: string, what: LocalizedText, cause?: unknown): ToolError {
  return new ToolError(
    "internal",
    {
      nl: `Lintregel "${id}" ${what.nl}. Dit is een fout in privacy-notice, niet in uw policy; meld het als bug.`,
      en: `Lint rule "${id}" ${what.en}. This is a bug in privacy-notice, not in your policy; please report it.`,
    },
    { cause },
  );
}

function formatMessage(rule: Rule, report: Report): LocalizedText {
  const template = rule.meta.messages[report.messageId] as LocalizedText;
  return { nl: fillTemplate(template.nl, report.data), en: fillTemplate(template.en, report.data) };
}

function locate(loaded: LoadedPolicy, report: Report): Range {
  return loaded.sourceMap?.locate(report.path, report.at ?? "value") ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
}

/** Whether one path contains the other (or they are equal). */
function related(a: PolicyPath, b: PolicyPath): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (!sameSegment(a[i], b[i])) return false;
  return true;
}

function sameSegment(a: PathSegment | undefined, b: PathSegment | undefined): boolean {
  return String(a) === String(b);
}
