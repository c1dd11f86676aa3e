/** Shared by the rules that require a data-subject right to be listed (right-access … right-complaint-sa). */
import { coveringBasis, policyLeafPurposes, rightsByLegalBasis, type Policy, type Right } from "../model/index.js";
import type { RuleContext } from "./rule.js";

/**
 * Whether a right applies: under at least one legal basis the notice relies on (DPV's basis → rights
 * mapping; a group's basis covers its items), or always when no basis is declared yet.
 */
export function rightApplies(policy: Policy, right: Right): boolean {
  const bases = policyLeafPurposes(policy).flatMap((located) => coveringBasis(located)?.bases ?? []);
  return bases.length === 0 || bases.some((basis) => rightsByLegalBasis[basis].includes(right));
}

/** Reports message `missing` when `rights.rights` does not list the right (at the root when there is no rights chapter). */
export function reportUnlistedRight({ policy, report }: RuleContext, right: Right): void {
  if (!policy.rights) report({ messageId: "missing", path: [], at: "key" });
  else if (!policy.rights.rights.includes(right)) report({ messageId: "missing", path: ["rights", "rights"] });
}
