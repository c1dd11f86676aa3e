/**
 * `privacy-notice lint <files…>`: load → validate → lint each policy, then write every requested
 * format (`--format stylish --format sarif=report.sarif`). Exit 0 when clean, 1 for error-level
 * findings or more warnings than `--max-warnings`, 2 when it could not run. Everything past commander
 * is imported inside the action so the CLI starts fast.
 */
import { InvalidArgumentError, type Command } from "commander";
import type { Diagnostic, Language } from "../../diagnostics/index.js";
import type { FormatContext, LintResult } from "../../format/index.js";
import type { RuleMeta } from "../../lint/rule.js";
import { languageOption, reportToolFailure, setLanguage } from "../output.js";

interface LintCommandOptions {
  readonly config?: string;
  readonly format: readonly string[];
  readonly lang: Language;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
  readonly previous?: string;
}

/** One `--format name[=file]`: no file means standard output. */
interface FormatRequest {
  readonly name: string;
  readonly file: string | undefined;
}

export function register(program: Command): void {
  program
    .command("lint")
    .description("lint policy files against the GDPR rules (exit 0 clean, 1 problems, 2 could not run)")
    .argument("<files...>", "policy YAML files")
    .option("--config <file>", "configuration file (default: nearest privacy-notice.config.yaml)")
    .option(
      "--format <name[=file]>",
      "output format stylish|json|sarif|github, to a file with =file; repeatable",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .addOption(languageOption())
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this", parseCount)
    .option("--quiet", "report errors only; warnings are neither shown nor counted")
    .option("--previous <source>", "the previous version (file or git:<rev>:<path>), for rules that compare versions")
    .action(async (files: string[], options: LintCommandOptions) => {
      setLanguage(options.lang);
      try {
        process.exitCode = await lint(files, options);
      } catch (error) {
        process.exitCode = reportToolFailure(error);
      }
    });
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value);
}

async function lint(files: readonly string[], options: LintCommandOptions): Promise<number> {
  const [{ ExitCode, ToolError, sortDiagnostics }, { loadPolicyFile }, { validatePolicy }, engine, config, format, { toolVersion }] =
    await Promise.all([
      import("../../diagnostics/index.js"),
      import("../../load/index.js"),
      import("../../validate/index.js"),
      import("../../lint/engine.js"),
      import("../../lint/config.js"),
      import("../../format/index.js"),
      import("../../version.js"),
    ]);
  const { ruleLoaders } = await import("../../lint/rules/index.js");
  const { didYouMean } = await import("../../lint/suggest.js");
  const cwd = process.cwd();

  const requests = (options.format.length > 0 ? options.format : ["stylish"]).map((spec): FormatRequest => {
    const split = spec.indexOf("=");
    const name = split === -1 ? spec : spec.slice(0, split);
    const file = split === -1 ? undefined : spec.slice(split + 1);
    if (!format.formatterNames.includes(name)) {
      const hint = didYouMean(name, format.formatterNames);
      const names = format.formatterNames.join(", ");
      throw new ToolError("usage", {
        nl: `Onbekend formaat "${name}".${hint.nl} Beschikbaar: ${names}.`,
        en: `Unknown format "${name}".${hint.en} Available: ${names}.`,
      });
    }
    if (file === "") throw new ToolError("usage", { nl: `--format ${name}= mist een bestandsnaam.`, en: `--format ${name}= lacks a file name.` });
    return { name, file };
  });

  const lintConfig = await config.resolveConfig({ cwd, configFile: options.config, knownRuleIds: Object.keys(ruleLoaders) });
  // Load every file first: a missing file means the run cannot do what was asked (exit 2).
  const loadedPolicies = await Promise.all(files.map((file) => loadPolicyFile(file)));
  const previous = options.previous === undefined ? undefined : await (await import("../../render/versions/previous.js")).loadPrevious(options.previous);

  const timing = await import("../../lint/timing.js");
  const timingLimit = timing.timingLimit(process.env["TIMING"], Object.keys(ruleLoaders).length);
  const timings = timingLimit === undefined ? undefined : new Map<string, number>();
  const rules: Record<string, RuleMeta> = {};
  const results: LintResult[] = [];
  for (const loaded of loadedPolicies) {
    const diagnostics: Diagnostic[] = [...loaded.diagnostics];
    if (loaded.data !== undefined && !loaded.diagnostics.some((d) => d.severity === "error")) {
      // The validation result includes the load stage's diagnostics.
      const validation = validatePolicy(loaded);
      diagnostics.splice(0, diagnostics.length, ...validation.diagnostics);
      // Rules read a valid policy (validate hands one on only without errors); on schema errors they
      // would only repeat them, or crash on missing fields.
      if (validation.policy !== undefined) {
        for (const { rule } of await engine.enabledRules(lintConfig, loaded.file, ruleLoaders, cwd)) rules[rule.meta.id] = rule.meta;
        // The previous version applies to the policy with the same id.
        const before = previous?.id === validation.policy.id ? previous : undefined;
        diagnostics.push(...(await engine.lintPolicy({ loaded, policy: validation.policy, config: lintConfig, cwd, previous: before, timings })));
      }
    }
    const id = (loaded.data as { id?: unknown } | undefined)?.id;
    const shown = options.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
    results.push({ file: loaded.file, policyId: typeof id === "string" ? id : undefined, diagnostics: sortDiagnostics(shown) });
  }

  const baseContext: Omit<FormatContext, "color"> = {
    cwd,
    lang: options.lang,
    rules,
    toolVersion,
    // Only SARIF links rule docs; reading package.json for it would slow every other run.
    docsBaseUrl: requests.some((request) => request.name === "sarif") ? (await import("../../format/docs-url.js")).docsBaseUrl() : undefined,
  };
  // Annotations and code scanning resolve paths against the repository root, which in GitHub
  // Actions is $GITHUB_WORKSPACE even when lint runs in a subfolder.
  const workspace = process.env["GITHUB_WORKSPACE"] || cwd;
  const { resolve } = await import("node:path");
  const fromWorkspace = results.map((result) => ({ ...result, file: resolve(cwd, result.file) }));
  for (const request of requests) {
    const formatter = (await format.formatterLoaders[request.name]!()).default;
    const forRepository = request.name === "github" || request.name === "sarif";
    const text = formatter(forRepository ? fromWorkspace : results, {
      ...baseContext,
      cwd: forRepository ? workspace : cwd,
      color: request.file === undefined && useColor(),
    });
    if (request.file === undefined) process.stdout.write(text);
    else await writeAtomically(request.file, text);
    if (request.name === "github" && process.env["GITHUB_STEP_SUMMARY"]) {
      const { githubSummary } = await import("../../format/github.js");
      const { appendFile } = await import("node:fs/promises");
      await appendFile(process.env["GITHUB_STEP_SUMMARY"], githubSummary(fromWorkspace, { ...baseContext, cwd: workspace, color: false }));
    }
  }
  // On standard error, so that json and sarif output on standard output stay valid.
  if (timings !== undefined && timingLimit !== undefined) process.stderr.write(timing.timingTable(timings, timingLimit));

  const { errors, warnings } = countShown(results.flatMap((result) => result.diagnostics));
  if (errors > 0) return ExitCode.policyErrors;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(
      options.lang === "nl"
        ? `privacy-notice: te veel waarschuwingen (${warnings}; maximum --max-warnings ${options.maxWarnings}).\n`
        : `privacy-notice: too many warnings (${warnings}; maximum --max-warnings ${options.maxWarnings}).\n`,
    );
    return ExitCode.policyErrors;
  }
  return ExitCode.clean;
}

function countShown(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const shown = diagnostics.filter((d) => !d.suppressed);
  return { errors: shown.filter((d) => d.severity === "error").length, warnings: shown.filter((d) => d.severity === "warning").length };
}

/** Colour for terminals only; NO_COLOR (non-empty) and FORCE_COLOR=0 turn it off, other FORCE_COLOR values on. */
export function useColor(env: NodeJS.ProcessEnv = process.env, isTTY: boolean = process.stdout.isTTY === true): boolean {
  if (env["NO_COLOR"]) return false;
  const force = env["FORCE_COLOR"];
  if (force === "0" || force === "false") return false;
  if (force !== undefined && force !== "") return true;
  return isTTY;
}

/** Writes a whole file or nothing: a temporary file in the same folder, renamed into place. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const [{ mkdir, rename, rm, writeFile }, { dirname, basename, join }, { ToolError }] = await Promise.all([
    import("node:fs/promises"),
    import("node:path"),
    import("../../diagnostics/index.js"),
  ]);
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true });
    const reason = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new ToolError("output", { nl: `Kan ${file} niet schrijven (${reason}).`, en: `Cannot write ${file} (${reason}).` }, { cause });
  }
}
