/** Helpers for validate-stage tests: validate YAML text in-process and look at what was reported. */
import { parsePolicyText } from "../../src/load/index.js";
import { validatePolicy, type ValidationResult } from "../../src/validate/index.js";
import type { Diagnostic } from "../../src/diagnostics/index.js";

/** The smallest policy the schema accepts; tests append to or edit it. */
export const minimal = `format: 1
id: voorbeeld
language: nl
title: Privacyverklaring
controller:
  name: Voorbeeld B.V.
introduction:
  text: Wij verwerken persoonsgegevens zorgvuldig.
chapters:
  - id: klant
    title: U bent klant
`;

export function check(yaml: string): ValidationResult {
  return validatePolicy(parsePolicyText("policy.yaml", yaml));
}

/** `line:column ruleId` of each diagnostic, the shape most assertions need. */
export function places(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.ruleId}`);
}
