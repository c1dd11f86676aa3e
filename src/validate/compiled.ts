/**
 * The schema validators, compiled ahead of time by scripts/compile-validators.mjs into
 * lib/validate/policy-validator.js, so validating never loads ajv's compiler. The path is relative
 * to this file; src/validate and lib/validate sit at the same depth, so the same import works when
 * tests run the TypeScript sources and when the CLI runs the compiled ones.
 *
 * A static import rather than a top-level `await import()`: the CLI bundle is a classic script (so
 * that V8 can load it from a code cache), and classic scripts have no top-level await.
 * `npm run compile` writes the validators before tsc runs, so the import always resolves.
 */
import * as generated from "../../lib/validate/policy-validator.js";
import type { CompiledError, CompiledValidator } from "../../lib/validate/policy-validator.js";

export type { CompiledError, CompiledValidator };

export interface CompiledValidators {
  /** The whole policy against schema/policy.schema.json. */
  readonly policy: CompiledValidator;
  /** Per `anyOf` (by JSON Pointer into the schema): one validator per alternative; null for required-only ones. */
  readonly anyOfBranches: Readonly<Record<string, readonly (CompiledValidator | null)[]>>;
}

export const validators: CompiledValidators = generated;
