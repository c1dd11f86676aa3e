/**
 * In-policy suppressions as YAML comments, ESLint-style but with a required reason:
 *
 *   # privacy-notice-disable-next-line <rule-id>[, <rule-id>] -- <reason>
 *   # privacy-notice-disable-file <rule-id>[, <rule-id>] -- <reason>
 *
 * `next-line` applies to the next line that is neither blank nor only a comment: a finding whose
 * range starts on that line is suppressed. Suppressed findings are kept, marked `suppressed`, so JSON
 * and SARIF still show them. Directives are checked as well: no reason, an unknown rule id, or a
 * directive that suppresses nothing each become a diagnostic of their own.
 */
import { isScalar, visit, type Document } from "yaml";
import type { Diagnostic, LocalizedText, Range, Severity } from "../diagnostics/index.js";
import type { SourceMap } from "../load/source-map.js";
import { didYouMean } from "./suggest.js";

export type DirectiveKind = "disable-next-line" | "disable-file";

export interface DirectiveRuleId {
  readonly id: string;
  /** Where the id is written, so problems with one id point at it. */
  readonly range: Range;
}

export interface Directive {
  readonly kind: DirectiveKind;
  readonly ruleIds: readonly DirectiveRuleId[];
  /** The text after `--`; undefined when there is none. */
  readonly reason: string | undefined;
  /** The comment, from `#` to the end of its line. */
  readonly range: Range;
  /** For `disable-next-line`: the line it applies to (undefined when nothing follows). */
  readonly targetLine: number | undefined;
}

const MARKER = "privacy-notice-disable";
const DIRECTIVE = /(^|[ \t])#[ \t]*privacy-notice-(disable-next-line|disable-file)(?=[ \t]|$)([^\r\n]*)/gm;

/** Finds the directive comments of a policy text. Text that only looks like one inside a string is skipped. */
export function parseDirectives(text: string, document: Document | undefined, sourceMap: SourceMap | undefined): Directive[] {
  // Fast path: almost every policy has no directive at all.
  if (!text.includes(MARKER) || !sourceMap) return [];
  const scalarRanges = document ? scalarRangesOf(document) : [];
  const lineStarts = lineStartsOf(text);
  const directives: Directive[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const hash = (match.index ?? 0) + (match[1] ?? "").length;
    if (scalarRanges.some(([start, end]) => hash >= start && hash < end)) continue;
    const kind = match[2] as DirectiveKind;
    const body = match[3] ?? "";
    const bodyStart = (match.index ?? 0) + match[0].length - body.length;
    const separator = /(?:^|[ \t])--(?:[ \t]|$)/.exec(body);
    const idsText = separator ? body.slice(0, separator.index) : body;
    const reason = separator ? body.slice(separator.index + separator[0].length).trim() : "";
    const ruleIds: DirectiveRuleId[] = [];
    for (const id of idsText.matchAll(/[^\s,]+/g)) {
      const start = bodyStart + (id.index ?? 0);
      ruleIds.push({ id: id[0], range: sourceMap.rangeOf(start, start + id[0].length) });
    }
    const end = hash + match[0].length - (match[1] ?? "").length;
    const range = sourceMap.rangeOf(hash, end);
    directives.push({
      kind,
      ruleIds,
      reason: reason === "" ? undefined : reason,
      range,
      targetLine: kind === "disable-next-line" ? nextContentLine(text, lineStarts, range.start.line) : undefined,
    });
  }
  return directives;
}

/**
 * Marks the rule findings that directives suppress and adds diagnostics for faulty directives.
 * Directives without a reason or with unknown ids are reported and not applied for those parts.
 */
export function applyDirectives(
  file: string,
  findings: readonly Diagnostic[],
  directives: readonly Directive[],
  knownRuleIds: readonly string[],
): Diagnostic[] {
  const result = [...findings];
  const problems: Diagnostic[] = [];
  const problem = (ruleId: string, messageId: string, severity: Severity, range: Range, message: LocalizedText): void => {
    problems.push({ file, source: "directive", ruleId, messageId, severity, path: [], range, message });
  };
  for (const directive of directives) {
    const name = `privacy-notice-${directive.kind}`;
    if (directive.ruleIds.length === 0) {
      problem("directive/missing-rule", "missingRule", "error", directive.range, {
        nl: `${name} noemt geen regel. Schrijf \`# ${name} <regel-id> -- <reden>\`; uitschakelen voor alle regels tegelijk kan niet.`,
        en: `${name} names no rule. Write \`# ${name} <rule-id> -- <reason>\`; disabling every rule at once is not supported.`,
      });
      continue;
    }
    const known = directive.ruleIds.filter(({ id, range }) => {
      if (knownRuleIds.includes(id)) return true;
      const hint = didYouMean(id, knownRuleIds);
      problem("directive/unknown-rule", "unknownRule", "error", range, {
        nl: `${name} noemt de onbekende regel "${id}".${hint.nl} \`privacy-notice rules\` toont alle regels.`,
        en: `${name} names the unknown rule "${id}".${hint.en} \`privacy-notice rules\` lists every rule.`,
      });
      return false;
    });
    if (directive.reason === undefined) {
      problem("directive/missing-reason", "missingReason", "error", directive.range, {
        nl: `${name} heeft geen reden, dus geldt niet. Schrijf de reden na \` -- \`, bijvoorbeeld \`# ${name} ${directive.ruleIds[0]?.id ?? "<regel-id>"} -- toestemming wordt elders in de app ingetrokken\`.`,
        en: `${name} has no reason, so it does not apply. Write the reason after \` -- \`, for example \`# ${name} ${directive.ruleIds[0]?.id ?? "<rule-id>"} -- consent is withdrawn elsewhere in the app\`.`,
      });
      continue;
    }
    for (const { id, range } of known) {
      let used = false;
      result.forEach((finding, index) => {
        if (finding.source !== "rule" || finding.ruleId !== id || finding.suppressed) return;
        if (directive.kind === "disable-next-line" && finding.range.start.line !== directive.targetLine) return;
        result[index] = { ...finding, suppressed: { kind: "inline", justification: directive.reason ?? "" } };
        used = true;
      });
      if (used) continue;
      const where: LocalizedText =
        directive.kind === "disable-file"
          ? { nl: "in dit bestand", en: "in this file" }
          : directive.targetLine === undefined
            ? { nl: "na deze regel (er volgt niets meer)", en: "after this line (nothing follows)" }
            : { nl: `op regel ${directive.targetLine}`, en: `on line ${directive.targetLine}` };
      problem("directive/unused", "unused", "warning", range, {
        nl: `Overbodige ${name}: regel "${id}" meldt niets ${where.nl}. Verwijder de regel-id uit de opmerking.`,
        en: `Unused ${name}: rule "${id}" reports nothing ${where.en}. Remove the rule id from the comment.`,
      });
    }
  }
  return [...result, ...problems];
}

/** [start, end) offsets of every scalar value, where a `#` is text rather than a comment. */
function scalarRangesOf(document: Document): (readonly [number, number])[] {
  const ranges: (readonly [number, number])[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The first 1-based line after `line` that is neither blank nor only a comment. */
function nextContentLine(text: string, lineStarts: readonly number[], line: number): number | undefined {
  for (let index = line; index < lineStarts.length; index++) {
    const start = lineStarts[index] ?? text.length;
    const end = lineStarts[index + 1] ?? text.length;
    const content = text.slice(start, end).trim();
    if (content !== "" && !content.startsWith("#")) return index + 1;
  }
  return undefined;
}
