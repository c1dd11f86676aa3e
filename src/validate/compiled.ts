/**
 * The schema validators, compiled ahead of time by scripts/compile-validators.mjs into
 * lib/validate/policy-validator.js, so validating never loads ajv's compiler. The module is found
 * by a URL relative to this file; src/validate and lib/validate sit at the same depth, so the same
 * URL works when tests run the TypeScript sources and when the CLI runs the compiled ones.
 */
import { ToolError } from "../diagnostics/index.js";

/** One ajv error as the compiled validators report it. */
export interface CompiledError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Set on errors about an object's key names (`propertyNames`). */
  readonly propertyName?: string;
  readonly message?: string;
}

/** A compiled validator: returns whether the data is valid and leaves the errors on `errors`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: readonly CompiledError[] | null;
}

export interface CompiledValidators {
  /** The whole policy against schema/policy.schema.json. */
  readonly policy: CompiledValidator;
  /** Per `anyOf` (by JSON Pointer into the schema): one validator per alternative; null for required-only ones. */
  readonly anyOfBranches: Readonly<Record<string, readonly (CompiledValidator | null)[]>>;
}

const moduleUrl = new URL("../../lib/validate/policy-validator.js", import.meta.url);

async function loadValidators(): Promise<CompiledValidators> {
  let loaded: unknown;
  try {
    loaded = await import(moduleUrl.href);
  } catch (cause) {
    throw new ToolError(
      "internal",
      {
        nl: "De gecompileerde schemavalidatie ontbreekt (lib/validate/policy-validator.js). Voer `npm run compile` uit.",
        en: "The compiled schema validator is missing (lib/validate/policy-validator.js). Run `npm run compile`.",
      },
      { cause },
    );
  }
  if (!isValidators(loaded)) {
    throw new ToolError("internal", {
      nl: "lib/validate/policy-validator.js is verouderd of beschadigd. Voer `npm run compile` uit.",
      en: "lib/validate/policy-validator.js is stale or damaged. Run `npm run compile`.",
    });
  }
  return loaded;
}

function isValidators(value: unknown): value is CompiledValidators {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { policy?: unknown; anyOfBranches?: unknown };
  return typeof candidate.policy === "function" && typeof candidate.anyOfBranches === "object";
}

/** Loaded once, when the validate stage is first imported. */
export const validators: CompiledValidators = await loadValidators();
