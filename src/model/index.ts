/**
 * The policy model. Its types are generated from `schema/policy.schema.json` (the single source of
 * truth); this module only gives them short names and adds the code → W3C DPV 2.3 mapping.
 */
export type {
  PrivacyNoticePolicy as Policy,
  Chapter,
  Controller,
  ContactPoint,
  Introduction,
  Collection,
  Provision,
  Categories,
  Category,
  Purposes,
  Purpose,
  Withdrawal,
  RecipientsSection,
  Retention,
  RetentionItem,
  Section,
  Source,
  Recipient,
  RetentionRule,
  Transfer,
  TransfersChapter,
  SecurityChapter,
  AdmChapter,
  RightsChapter,
  Changes,
  NotApplicable,
  LegalBasis,
  Right,
  TransferMechanism,
  RecipientKind,
  SourceKind,
  DataSubject,
  ProvisionRequirement,
  WithdrawalMethod,
  ContactRole,
} from "./policy.generated.js";
export * from "./dpv.js";
export * from "./helpers.js";
