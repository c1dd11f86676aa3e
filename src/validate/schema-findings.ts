/**
 * Runs the compiled schema validator and turns its errors into findings. With `allErrors`, a
 * failing `anyOf` brings every alternative's complaints (the full object's *and* the
 * `notApplicable` one's); those are collapsed into the complaints of the one alternative the data
 * most plausibly meant, found by re-validating with that alternative's own compiled validator.
 */
import { fromJsonPointer, type PolicyPath } from "../diagnostics/index.js";
import { validators, type CompiledError } from "./compiled.js";
import { explainError, explainMissingOneOf, explainNoAlternative, notApplicableHint, type SchemaFinding } from "./schema-messages.js";
import { chooseBranch, isNotApplicableView, isRequiredOnly, schemaAt, valueAt, viewAt, type SchemaView } from "./schema-index.js";
import { sentence } from "./words.js";

/** Every schema problem of the data, explained; empty when the data matches the schema. */
export function schemaFindings(data: unknown): SchemaFinding[] {
  if (validators.policy(data)) return [];
  return explainErrors([...(validators.policy.errors ?? [])], [], data, new Set());
}

interface Pending {
  readonly path: PolicyPath;
  readonly error?: CompiledError;
  readonly findings?: readonly SchemaFinding[];
}

/** Keywords a key-name schema (a string schema) can fail on. */
const keyNameKeywords = new Set(["pattern", "minLength", "maxLength", "format", "enum", "const"]);

function isInnerKeyError(item: Pending, path: PolicyPath): boolean {
  const { error } = item;
  return error !== undefined && keyNameKeywords.has(error.keyword) && item.path.length === path.length && isWithin(item.path, path);
}

function isWithin(inner: PolicyPath, outer: PolicyPath): boolean {
  return inner.length >= outer.length && outer.every((segment, index) => String(segment) === String(inner[index]));
}

/**
 * ajv reports an `anyOf` failure right after its alternatives' errors, all at or below the
 * `anyOf`'s data path; nothing else at that path is checked before it (ajv checks `anyOf` ahead of
 * a node's own object keywords). So the errors just before an `anyOf` error that lie within its
 * path are exactly its alternatives' noise.
 */
function explainErrors(
  errors: readonly CompiledError[],
  base: PolicyPath,
  data: unknown,
  hintAt: ReadonlySet<string>,
): SchemaFinding[] {
  const pending: Pending[] = [];
  for (const error of errors) {
    const path = [...base, ...fromJsonPointer(error.instancePath)];
    if (error.keyword === "anyOf") {
      while (pending.length > 0 && isWithin((pending.at(-1) as Pending).path, path)) pending.pop();
      pending.push({ path, findings: collapseAnyOf(path, data, hintAt) });
    } else if (error.keyword === "propertyNames") {
      // A bad key name comes as the key schema's own errors (at the object's path), then this one.
      while (pending.length > 0 && isInnerKeyError(pending.at(-1) as Pending, path)) pending.pop();
      pending.push({ path, error });
    } else {
      pending.push({ path, error });
    }
  }
  const findings = pending.flatMap((item) => item.findings ?? (item.error ? [explainError(item.error, item.path, data)] : []));
  return withNotApplicableHint(withoutTypoEchoes(withoutShadowedFormats(findings)), hintAt);
}

/** Says once per place that `notApplicable:` is the alternative, with its first missing field. */
function withNotApplicableHint(findings: readonly SchemaFinding[], hintAt: ReadonlySet<string>): SchemaFinding[] {
  const hinted = new Set<string>();
  return findings.map((finding) => {
    const key = pathKey(finding.path);
    if (finding.messageId !== "missingField" || !hintAt.has(key) || hinted.has(key)) return finding;
    hinted.add(key);
    return { ...finding, message: sentence(finding.message, notApplicableHint) };
  });
}

function collapseAnyOf(path: PolicyPath, data: unknown, hintAt: ReadonlySet<string>): SchemaFinding[] {
  const anyOfView = schemaAt(data, path);
  const branches = anyOfView?.node.anyOf;
  if (!anyOfView || !branches) return [];
  if (branches.every(isRequiredOnly)) {
    return [explainMissingOneOf(path, branches.flatMap((branch) => branch.required ?? []))];
  }
  const value = valueAt(data, path);
  const index = chooseBranch(anyOfView, value);
  if (index === undefined) {
    const alternatives = branches
      .map((branch, i) => viewAt(`${anyOfView.pointer}/anyOf/${i}`, branch))
      .filter((view): view is SchemaView => view !== undefined);
    return [explainNoAlternative(path, data, alternatives)];
  }
  const validate = validators.anyOfBranches[`${anyOfView.pointer}/anyOf`]?.[index];
  if (!validate || validate(value)) return [];
  const chosen = viewAt(`${anyOfView.pointer}/anyOf/${index}`, branches[index]);
  const offersNotApplicable = branches.some((branch, i) => {
    const view = viewAt(`${anyOfView.pointer}/anyOf/${i}`, branch);
    return view !== undefined && isNotApplicableView(view);
  });
  const hints = new Set(hintAt);
  if (offersNotApplicable && chosen && !isNotApplicableView(chosen)) hints.add(pathKey(path));
  return explainErrors([...(validate.errors ?? [])], path, data, hints);
}

/** A web address that is not `https://…` fails both `format` and `pattern`; one message is enough. */
function withoutShadowedFormats(findings: readonly SchemaFinding[]): SchemaFinding[] {
  const patterned = new Set(findings.filter((finding) => finding.keyword === "pattern").map((finding) => pathKey(finding.path)));
  return findings.filter((finding) => finding.keyword !== "format" || !patterned.has(pathKey(finding.path)));
}

/**
 * `requirment:` instead of `requirement:` is one mistake, not two: when an unknown key's suggestion
 * is exactly the missing field, the "missing" message adds nothing.
 */
function withoutTypoEchoes(findings: readonly SchemaFinding[]): SchemaFinding[] {
  const suggested = new Set(
    findings.filter((finding) => finding.suggestion !== undefined).map((finding) => pathKey([...finding.path.slice(0, -1), finding.suggestion ?? ""])),
  );
  return findings.filter(
    (finding) => finding.messageId !== "missingField" || !suggested.has(pathKey([...finding.path, finding.missing ?? ""])),
  );
}

function pathKey(path: PolicyPath): string {
  return JSON.stringify(path.map(String));
}
