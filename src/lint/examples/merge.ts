/**
 * Builds rule example policies: a YAML fragment merged over the clean base policy. Mappings merge
 * deeply; lists and scalars replace; `null` removes a key. Docs show the fragment, tests lint the merge.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const baseUrl = new URL("../../../src/lint/examples/base.yaml", import.meta.url);

/** The clean base policy's YAML text (read from the source tree, which the package ships). */
export function baseExampleText(): string {
  return readFileSync(baseUrl, "utf8");
}

export function mergeFragment(base: unknown, fragment: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(fragment)) return fragment;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(fragment)) {
    if (value === null) delete merged[key];
    else merged[key] = mergeFragment(merged[key], value);
  }
  return merged;
}

/** The example policy for a fragment, as data. */
export function examplePolicy(fragmentYaml: string): unknown {
  const fragment: unknown = parse(fragmentYaml) ?? {};
  return mergeFragment(parse(baseExampleText()), fragment);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
