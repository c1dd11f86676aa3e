/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run per policy file, each with
 * its own category (`automationDetails.id` = `privacy-notice/<policy-id>/`) so uploads of several
 * policies do not replace each other. `driver.rules` lists every enabled rule (not only those that
 * fired), then the schema/YAML/directive checks that produced results. No timestamps: the same input
 * gives the same bytes.
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { toJsonPointer, type Diagnostic, type DiagnosticSource, type LocalizedText, type Severity } from "../diagnostics/index.js";
import type { RuleMeta } from "../lint/rule.js";
import { oneLine, relativePath } from "./common.js";
import type { FormatContext, Formatter, LintResult } from "./types.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

interface Text {
  readonly text: string;
}

interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: Text;
  readonly fullDescription: Text;
  readonly helpUri?: string;
  readonly help: Text & { readonly markdown: string };
  readonly defaultConfiguration: { readonly level: "error" | "warning" };
  readonly properties: { readonly tags: readonly string[]; readonly precision: "very-high"; readonly "problem.severity": "error" | "warning" };
}

const sarif: Formatter = (results, ctx) => {
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: results.map((result) => run(result, ctx)),
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function run(result: LintResult, ctx: FormatContext): object {
  const catalogue = Object.keys(ctx.rules).sort();
  const others = [...new Set(result.diagnostics.map((d) => d.ruleId).filter((id) => !ctx.rules[id]))].sort();
  const rules: SarifRule[] = [
    ...catalogue.map((id) => catalogueRule(ctx.rules[id] as RuleMeta, ctx)),
    ...others.map((id) => checkRule(id, result.diagnostics.find((d) => d.ruleId === id) as Diagnostic, ctx)),
  ];
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  return {
    tool: {
      driver: {
        name: "privacy-notice",
        version: ctx.toolVersion,
        semanticVersion: ctx.toolVersion,
        ...(ctx.docsBaseUrl ? { informationUri: new URL(ctx.docsBaseUrl).href } : {}),
        rules,
      },
    },
    automationDetails: { id: `privacy-notice/${result.policyId ?? policyIdFromFile(result.file)}/` },
    language: ctx.lang === "nl" ? "nl-NL" : "en-US",
    columnKind: "utf16CodeUnits",
    results: result.diagnostics.map((diagnostic) => {
      const fingerprint = fingerprintOf(diagnostic, result.file, ctx, occurrences);
      return {
        ruleId: diagnostic.ruleId,
        ruleIndex: indexOf.get(diagnostic.ruleId) as number,
        level: level(diagnostic.severity),
        message: { text: oneLine(diagnostic.message[ctx.lang]) },
        locations: [location(diagnostic, result.file, ctx)],
        partialFingerprints: { primaryLocationLineHash: fingerprint },
        ...(diagnostic.suppressed ? { suppressions: [{ kind: "inSource", justification: diagnostic.suppressed.justification }] } : {}),
      };
    }),
  };
}

function catalogueRule(meta: RuleMeta, ctx: FormatContext): SarifRule {
  const docsPath = `docs/rules/${meta.id}.md`;
  const articles = meta.articles.join(", ");
  const words = labels[ctx.lang];
  const markdown = [
    meta.docs[ctx.lang],
    `**${words.articles}:** ${articles}${meta.dpv ? `  \n**DPV:** <${meta.dpv}>` : ""}`,
    `**${words.incorrect}**\n\n\`\`\`yaml\n${meta.examples.incorrect.trimEnd()}\n\`\`\``,
    `**${words.correct}**\n\n\`\`\`yaml\n${meta.examples.correct.trimEnd()}\n\`\`\``,
    `${words.more}: [${docsPath}](${helpUri(docsPath, ctx) ?? docsPath})`,
  ].join("\n\n");
  const uri = helpUri(docsPath, ctx);
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.docs[ctx.lang] },
    fullDescription: { text: `${meta.docs[ctx.lang]} (${articles})` },
    ...(uri ? { helpUri: uri } : {}),
    help: { text: `${meta.docs[ctx.lang]} ${words.articles}: ${articles}. ${words.more}: ${uri ?? docsPath}`, markdown },
    defaultConfiguration: { level: level(meta.defaultSeverity) },
    properties: {
      // GitHub turns tags into filters; the articles let reviewers filter by GDPR provision.
      tags: ["privacy", "gdpr", meta.type, ...meta.articles].slice(0, 20),
      precision: "very-high",
      "problem.severity": level(meta.defaultSeverity),
    },
  };
}

const checkDescriptions: Record<DiagnosticSource, LocalizedText> = {
  yaml: { nl: "De YAML van de policy is niet te lezen.", en: "The policy's YAML cannot be read." },
  schema: { nl: "De policy voldoet niet aan schema/policy.schema.json.", en: "The policy does not match schema/policy.schema.json." },
  reference: { nl: "Een verwijzing in de policy wijst naar niets.", en: "A reference in the policy points to nothing." },
  markdown: { nl: "De Markdown in een tekst van de policy is ongeldig.", en: "The Markdown in a text of the policy is invalid." },
  rule: { nl: "Een lintregel.", en: "A lint rule." },
  directive: {
    nl: "Een privacy-notice-disable-opmerking is onvolledig, noemt een onbekende regel of onderdrukt niets.",
    en: "A privacy-notice-disable comment is incomplete, names an unknown rule or suppresses nothing.",
  },
};

/** Descriptors for the built-in checks (YAML, schema, references, directives) that have no rule module. */
function checkRule(id: string, example: Diagnostic, ctx: FormatContext): SarifRule {
  const description = checkDescriptions[example.source][ctx.lang];
  const docsPath = "docs/cli-lint.md";
  const uri = helpUri(docsPath, ctx);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    ...(uri ? { helpUri: uri } : {}),
    help: { text: `${description} ${labels[ctx.lang].more}: ${uri ?? docsPath}`, markdown: `${description}\n\n${labels[ctx.lang].more}: [${docsPath}](${uri ?? docsPath})` },
    defaultConfiguration: { level: level(example.severity) },
    properties: { tags: ["privacy", example.source], precision: "very-high", "problem.severity": level(example.severity) },
  };
}

function location(diagnostic: Diagnostic, file: string, ctx: FormatContext): object {
  const { start, end } = diagnostic.range;
  const relative = relativePath(file, ctx.cwd);
  return {
    physicalLocation: {
      artifactLocation: relative === undefined ? { uri: pathToFileURL(resolve(ctx.cwd, file)).href } : { uri: encodeURI(relative), uriBaseId: "%SRCROOT%" },
      region: {
        startLine: Math.max(1, start.line),
        startColumn: Math.max(1, start.column),
        endLine: Math.max(1, end.line),
        endColumn: Math.max(1, end.column),
      },
    },
    ...(diagnostic.path.length > 0 ? { logicalLocations: [{ fullyQualifiedName: toJsonPointer(diagnostic.path), kind: "member" }] } : {}),
  };
}

/**
 * A fingerprint from the rule, file and *path* (not the line), so alerts survive edits elsewhere in
 * the policy. Given as `primaryLocationLineHash`, the key GitHub matches on; a counter keeps repeats apart.
 */
function fingerprintOf(diagnostic: Diagnostic, file: string, ctx: FormatContext, seen: Map<string, number>): string {
  const identity = [diagnostic.ruleId, diagnostic.messageId, relativePath(file, ctx.cwd) ?? file, toJsonPointer(diagnostic.path)].join("\u0000");
  const hash = createHash("sha256").update(identity).digest("hex").slice(0, 16);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

function helpUri(docsPath: string, ctx: FormatContext): string | undefined {
  return ctx.docsBaseUrl ? new URL(docsPath, ctx.docsBaseUrl).href : undefined;
}

function level(severity: Severity): "error" | "warning" {
  return severity === "error" ? "error" : "warning";
}

function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

function policyIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]*$/, "");
}

const labels = {
  nl: { articles: "Artikelen", incorrect: "Fout", correct: "Goed", more: "Documentatie" },
  en: { articles: "Articles", incorrect: "Incorrect", correct: "Correct", more: "Documentation" },
} as const;

export default sarif;
