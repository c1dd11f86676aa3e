/**
 * Codes of the policy model mapped to W3C Data Privacy Vocabulary 2.3 concepts
 * (`shared/anchors/dpv-2.3-*.csv`), so rules and websites can reason over shared meanings.
 */
import type { LegalBasis, RecipientKind, Right, TransferMechanism } from "./policy.generated.js";

export const DPV = "https://w3id.org/dpv#";
export const GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";

export const legalBasisIri: Readonly<Record<LegalBasis, string>> = {
  consent: `${GDPR}A6-1-a`,
  "explicit-consent": `${GDPR}A6-1-a-explicit-consent`,
  contract: `${GDPR}A6-1-b`,
  "legal-obligation": `${GDPR}A6-1-c`,
  "vital-interest": `${GDPR}A6-1-d`,
  "public-task": `${GDPR}A6-1-e`,
  "legitimate-interest": `${GDPR}A6-1-f`,
};

export const rightIri: Readonly<Record<Right, string>> = {
  access: `${GDPR}A15`,
  rectification: `${GDPR}A16`,
  erasure: `${GDPR}A17`,
  restriction: `${GDPR}A18`,
  portability: `${GDPR}A20`,
  object: `${GDPR}A21`,
  "object-direct-marketing": `${GDPR}A21`,
  "not-automated-decision": `${GDPR}A22`,
  "withdraw-consent": `${GDPR}A7-3`,
  complaint: `${GDPR}A77`,
};

export const transferMechanismIri: Readonly<Record<TransferMechanism, string>> = {
  "adequacy-decision": `${GDPR}AdequacyDecision`,
  "legally-binding-instrument": `${GDPR}A46-2-a`,
  "binding-corporate-rules": `${GDPR}A46-2-b`,
  "standard-contractual-clauses": `${GDPR}A46-2-c`,
  "sa-standard-contractual-clauses": `${GDPR}A46-2-d`,
  "code-of-conduct": `${GDPR}A46-2-e`,
  certification: `${GDPR}A46-2-f`,
  "ad-hoc-contractual-clauses": `${GDPR}A46-3-a`,
  "administrative-arrangement": `${GDPR}A46-3-b`,
  "derogation-explicit-consent": `${GDPR}A49-1-a`,
  "derogation-contract-data-subject": `${GDPR}A49-1-b`,
  "derogation-contract-third-party": `${GDPR}A49-1-c`,
  "derogation-public-interest": `${GDPR}A49-1-d`,
  "derogation-legal-claims": `${GDPR}A49-1-e`,
  "derogation-vital-interests": `${GDPR}A49-1-f`,
  "derogation-public-register": `${GDPR}A49-1-g`,
  "compelling-legitimate-interest": `${GDPR}A49-2`,
};

export const recipientKindIri: Readonly<Record<RecipientKind, string>> = {
  "group-company": `${DPV}Recipient`,
  processor: `${DPV}DataProcessor`,
  "service-provider": `${DPV}DataProcessor`,
  "joint-controller": `${DPV}JointDataControllers`,
  "business-partner": `${DPV}ThirdParty`,
  insurer: `${DPV}ThirdParty`,
  bank: `${DPV}ThirdParty`,
  auditor: `${DPV}ThirdParty`,
  "legal-adviser": `${DPV}ThirdParty`,
  "debt-collector": `${DPV}ThirdParty`,
  "fraud-prevention": `${DPV}ThirdParty`,
  "public-authority": `${DPV}Authority`,
  client: `${DPV}ThirdParty`,
  other: `${DPV}Recipient`,
};

/**
 * GDPR rights that apply under each Art. 6(1) basis, from DPV's
 * `legal_basis_rights_mapping.csv` (A13/A14 information rights left out: the notice itself is them).
 */
export const rightsByLegalBasis: Readonly<Record<LegalBasis, readonly Right[]>> = {
  consent: ["access", "rectification", "erasure", "restriction", "portability", "not-automated-decision", "withdraw-consent", "complaint"],
  "explicit-consent": ["access", "rectification", "erasure", "restriction", "portability", "not-automated-decision", "withdraw-consent", "complaint"],
  contract: ["access", "rectification", "erasure", "restriction", "portability", "not-automated-decision", "complaint"],
  "legal-obligation": ["access", "rectification", "restriction", "complaint"],
  "vital-interest": ["access", "rectification", "erasure", "restriction", "not-automated-decision", "complaint"],
  "public-task": ["access", "rectification", "restriction", "object", "not-automated-decision", "complaint"],
  "legitimate-interest": ["access", "rectification", "erasure", "restriction", "object", "not-automated-decision", "complaint"],
};
