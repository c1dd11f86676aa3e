/**
 * `privacy-notice build`: load → validate → lint → render every policy into one folder:
 * `<id>/index.html`, `<id>/<id>.json`, `<id>/<id>.md`, `<id>/<id>.pdf`, the list `index.html` and
 * `schema/notice-json.schema.json`, plus each notice's fixed version under `<id>/v/<version>/`, its
 * feed and `.well-known/privacy-notice.json` (versions/). Nothing is written unless every policy is
 * valid and no published version would change, and the folder is swapped in whole (see output-dir.ts). pdfkit and Eleventy load and work in threads of
 * their own (workers.ts) while the main thread validates, lints and writes JSON and Markdown.
 */
import { access, copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ExitCode, sortDiagnostics, ToolError, type Diagnostic, type Language } from "../diagnostics/index.js";
import type { LintResult } from "../format/index.js";
import { loadPolicyFile, type LoadedPolicy } from "../load/index.js";
import type { Policy } from "../model/index.js";
import { toolVersion } from "../version.js";
import type { MarkdownParser, NoticeDocument } from "./document/index.js";
import type { SiteConfig } from "./html/site-config.js";
import { assertReplaceable, prepareOutput } from "./output-dir.js";
import type { VersionPlan } from "./versions/plan.js";
import { startRenderWorkers, type RenderWorkers } from "./workers.js";

export interface BuildOptions {
  /** Policy files; by default every `policy/*.yaml` under `cwd`. */
  readonly files?: readonly string[];
  /** Output folder (default `dist`). */
  readonly outDir?: string;
  /** Lint findings stop the build. */
  readonly strict?: boolean;
  /** Layouts/partials that replace the defaults of the same name. */
  readonly templatesDir?: string | undefined;
  /** Page furniture; by default `privacy-notice.site.yaml` under `cwd` when it exists. */
  readonly siteConfigFile?: string | undefined;
  /** Language of messages. */
  readonly lang?: Language;
  readonly cwd?: string;
  /**
   * The version to compare with (a file or `git:<rev>:<path>`) for the "Wijzigingen" section and
   * `version-not-bumped`; by default the latest version the previous output published.
   */
  readonly previous?: string | undefined;
  /** Where diagnostics and notes go (stderr in the CLI). */
  readonly log?: (text: string) => void;
}

export interface BuildResult {
  readonly exitCode: number;
  /** The output folder, absolute; undefined when nothing was written. */
  readonly outDir: string | undefined;
  /** Ids of the notices written. */
  readonly notices: readonly string[];
}

/** A loaded policy after validation (policy undefined when invalid), with its diagnostics. */
export interface Checked {
  readonly loaded: LoadedPolicy;
  readonly policy: Policy | undefined;
  readonly diagnostics: Diagnostic[];
}

/** One valid notice on its way to the output folder. */
interface Rendering {
  readonly policy: Policy;
  readonly parser: MarkdownParser;
  readonly document: NoticeDocument;
  readonly pdf: Promise<Uint8Array>;
}

const schemaFile = fileURLToPath(new URL("../../schema/notice-json.schema.json", import.meta.url));

/** Runs the whole build; policy problems give exit 1, the tool's own failures throw ToolError. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? "nl";
  const log = options.log ?? ((text: string) => process.stderr.write(text));
  const outDir = resolve(cwd, options.outDir ?? "dist");
  const files = options.files && options.files.length > 0 ? [...options.files] : await defaultPolicyFiles(cwd);

  // Refuse a foreign folder before any work, so the user hears about it first.
  await assertReplaceable(outDir);
  // The render threads start loading pdfkit and Eleventy now, while this thread validates.
  const workers = startRenderWorkers(files.length);
  try {
    let renderings: Rendering[] = [];
    const checked = await validateAll(await Promise.all(files.map((file) => loadPolicyFile(resolve(cwd, file)))));
    let blocked = checked.some((entry) => entry.policy === undefined || entry.diagnostics.some((d) => d.severity === "error"));
    // The PDFs render while this thread lints.
    if (!blocked) renderings = await startRendering(checked.map((entry) => entry.policy!), workers);
    // What the previous output published: its versions are immutable and the page lists changes since.
    const versions = blocked ? undefined : await planVersionsOf(outDir, renderings.map((rendering) => rendering.policy), options.previous, cwd);
    const lintFindings = await lintAll(checked, cwd, versions && lastPublishedOf(versions));
    if (options.strict && lintFindings) blocked = true;

    const results: LintResult[] = checked.map((entry) => {
      const id = (entry.loaded.data as { id?: unknown } | undefined)?.id;
      return { file: entry.loaded.file, policyId: typeof id === "string" ? id : undefined, diagnostics: sortDiagnostics(entry.diagnostics) };
    });
    const report = await formatResults(results, cwd, lang);
    if (report !== "") log(report);
    for (const warning of versions?.warnings ?? []) log(`privacy-notice: ${warning[lang]}\n`);
    for (const conflict of versions?.conflicts ?? []) log(`privacy-notice: ${conflict[lang]}\n`);
    if (versions !== undefined && versions.conflicts.length > 0) blocked = true;
    if (blocked) {
      log(lang === "nl"
        ? "privacy-notice: de build is gestopt; de vorige uitvoer is ongewijzigd.\n"
        : "privacy-notice: the build stopped; the previous output is unchanged.\n");
      return { exitCode: ExitCode.policyErrors, outDir: undefined, notices: [] };
    }
    if (lintFindings) {
      log(lang === "nl"
        ? "privacy-notice: de bevindingen van de linter houden de build niet tegen; met --strict wel.\n"
        : "privacy-notice: lint findings do not stop the build; with --strict they do.\n");
    }

    const siteConfig = await resolveSiteConfig(cwd, options.siteConfigFile);
    const pending = await prepareOutput(outDir);
    try {
      await writeAll(renderings, pending.dir, workers, { siteConfig, templatesDir: options.templatesDir && resolve(cwd, options.templatesDir), versions });
      await pending.commit();
    } catch (error) {
      await pending.discard();
      throw error;
    }
    return { exitCode: ExitCode.clean, outDir, notices: renderings.map((rendering) => rendering.policy.id) };
  } finally {
    await workers.close();
  }
}

/** Schema, reference and Markdown checks of every policy, plus one id per notice. */
export async function validateAll(loaded: readonly LoadedPolicy[]): Promise<Checked[]> {
  const { validatePolicy } = await import("../validate/index.js");
  const owners = new Map<string, string>();
  return loaded.map((entry) => {
    const validation = validatePolicy(entry);
    const diagnostics = [...validation.diagnostics];
    const valid = validation.policy !== undefined && !diagnostics.some((d) => d.severity === "error");
    if (valid) {
      const owner = owners.get(validation.policy!.id);
      if (owner !== undefined) diagnostics.push(duplicateId(entry.file, validation.policy!.id, owner));
      else owners.set(validation.policy!.id, entry.file);
    }
    return { loaded: entry, policy: valid ? validation.policy : undefined, diagnostics };
  });
}

/** Lints the valid policies, adding the findings to their diagnostics; true when any is shown. */
export async function lintAll(checked: readonly Checked[], cwd: string, previous?: ReadonlyMap<string, Policy>): Promise<boolean> {
  const [engine, config, { ruleLoaders }] = await Promise.all([
    import("../lint/engine.js"),
    import("../lint/config.js"),
    import("../lint/rules/index.js"),
  ]);
  const lintConfig = await config.resolveConfig({ cwd, configFile: undefined, knownRuleIds: Object.keys(ruleLoaders) });
  let shown = false;
  for (const entry of checked) {
    if (entry.policy === undefined) continue;
    const findings = await engine.lintPolicy({ loaded: entry.loaded, policy: entry.policy, config: lintConfig, cwd, previous: previous?.get(entry.policy.id) });
    entry.diagnostics.push(...findings);
    if (findings.some((finding) => !finding.suppressed)) shown = true;
  }
  return shown;
}

function duplicateId(file: string, id: string, owner: string): Diagnostic {
  return {
    file,
    source: "reference",
    ruleId: "build/duplicate-id",
    messageId: "duplicateId",
    severity: "error",
    path: ["id"],
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    message: {
      nl: `De id "${id}" wordt ook gebruikt door ${owner}; beide zouden naar dist/${id}/ gaan. Geef elke policy een eigen id.`,
      en: `The id "${id}" is also used by ${owner}; both would go to dist/${id}/. Give every policy its own id.`,
    },
  };
}

async function formatResults(results: readonly LintResult[], cwd: string, lang: Language): Promise<string> {
  const stylish = (await import("../format/stylish.js")).default;
  return stylish(results, { cwd, lang, rules: {}, toolVersion, color: false });
}

/** `policy/*.yaml` under `cwd`, sorted; ToolError when there are none. */
export async function defaultPolicyFiles(cwd: string): Promise<string[]> {
  const folder = join(cwd, "policy");
  const names = await readdir(folder).catch(() => [] as string[]);
  const files = names.filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join("policy", name));
  if (files.length === 0) {
    throw new ToolError("usage", {
      nl: `Geen policy gevonden: ${folder} bevat geen .yaml-bestanden. Geef bestanden op, bijvoorbeeld: privacy-notice build policy/melding.yaml`,
      en: `No policy found: ${folder} holds no .yaml files. Name the files, for example: privacy-notice build policy/notice.yaml`,
    });
  }
  return files;
}

/** The named site configuration, else `privacy-notice.site.yaml` under `cwd` when present, else none. */
export async function resolveSiteConfig(cwd: string, file: string | undefined): Promise<SiteConfig> {
  const siteConfig = await import("./html/site-config.js");
  if (file !== undefined) return siteConfig.loadSiteConfig(resolve(cwd, file));
  const fallback = join(cwd, siteConfig.SITE_CONFIG_FILE);
  const exists = await access(fallback).then(() => true, () => false);
  return exists ? siteConfig.loadSiteConfig(fallback) : {};
}

/** Builds each notice's document (parsing its Markdown once) and hands it to the PDF renderer. */
async function startRendering(policies: readonly Policy[], workers: RenderWorkers): Promise<Rendering[]> {
  const { buildNoticeDocument, MarkdownParser } = await import("./document/index.js");
  return policies.map((policy) => {
    const parser = new MarkdownParser();
    const document = buildNoticeDocument(policy, { parser });
    const pdf = workers.renderPdf(document);
    // Awaited only when writing; a failure before then (or in a stopped build) is not "unhandled".
    pdf.catch(() => {});
    return { policy, parser, document, pdf };
  });
}

/** Writes every output of every notice into `dir`; one Eleventy run serves all pages. */
async function writeAll(
  renderings: readonly Rendering[],
  dir: string,
  workers: RenderWorkers,
  options: { siteConfig: SiteConfig; templatesDir: string | undefined; versions?: VersionPlan | undefined },
): Promise<void> {
  const [{ renderNoticeJson }, { renderMarkdown }, html, { furnitureFor }, versionsPage] = await Promise.all([
    import("./json/index.js"),
    import("./markdown/index.js"),
    import("./html/page-model.js"),
    import("./html/site-config.js"),
    import("./versions/page-view.js"),
  ]);
  const planOf = (id: string) => options.versions?.notices.get(id);
  // Eleventy works in its thread while this one writes JSON and Markdown.
  const pages = renderings.map(({ policy, parser, document }) => ({
    ...html.noticePage(document, furnitureFor(options.siteConfig, policy.id), parser),
    ...versionsPage.versionsView(planOf(policy.id), document.language),
  }));
  const site = workers.renderSite(pages, html.indexPage(renderings.map((rendering) => rendering.document)), dir, options.templatesDir);
  site.catch(() => {});
  for (const { policy, parser, document } of renderings) {
    const folder = join(dir, policy.id);
    await mkdir(folder, { recursive: true });
    const json = renderNoticeJson(policy, document, parser);
    await writeFile(join(folder, `${policy.id}.json`), versionsPage.withVersionChanges(json, versionsPage.versionChangesJson(planOf(policy.id))));
    await writeFile(join(folder, `${policy.id}.md`), renderMarkdown(document));
  }
  await site;
  await mkdir(join(dir, "schema"), { recursive: true });
  await copyFile(schemaFile, join(dir, "schema", "notice-json.schema.json"));
  for (const { policy, pdf } of renderings) await writeFile(join(dir, policy.id, `${policy.id}.pdf`), await pdf);
  if (options.versions !== undefined) {
    const { publishVersions } = await import("./versions/publish.js");
    const notices = renderings.map(({ document }) => ({ id: document.id, title: document.title, author: document.author, language: document.language }));
    await publishVersions(dir, options.versions, notices);
  }
}

async function planVersionsOf(outDir: string, policies: readonly Policy[], previous: string | undefined, cwd: string): Promise<VersionPlan> {
  const [{ planVersions }, { loadPrevious }] = await Promise.all([import("./versions/plan.js"), import("./versions/previous.js")]);
  return planVersions(outDir, policies, previous === undefined ? undefined : await loadPrevious(previous, cwd));
}

/** Each notice's latest published policy, for the `version-not-bumped` rule. */
function lastPublishedOf(plan: VersionPlan): Map<string, Policy> {
  const map = new Map<string, Policy>();
  for (const [id, notice] of plan.notices) if (notice.lastPublished !== undefined) map.set(id, notice.lastPublished);
  return map;
}
