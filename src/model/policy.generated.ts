/* Generated from schema/policy.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * NL: Waarvoor dit contactpunt dient.
 *
 * EN: What this contact point is for.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "contactRole".
 */
export type ContactRole = "general" | "privacy" | "rights" | "objection" | "complaint" | "dpo";
/**
 * NL: Groep betrokkenen.
 *
 * EN: Group of data subjects.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "dataSubject".
 */
export type DataSubject =
  | "website-visitor"
  | "prospect"
  | "customer"
  | "intermediary"
  | "business-partner"
  | "supplier"
  | "debtor"
  | "employee"
  | "job-applicant"
  | "citizen"
  | "user"
  | "patient"
  | "student"
  | "child"
  | "other";
/**
 * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
 *
 * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * NL: Alle bronnen van dit hoofdstuk (sleutels onder `sources`), ook die alleen in de lopende tekst staan.
 *
 * EN: Every source of this chapter (keys under `sources`), including those only mentioned in running text.
 */
export type IdList = Id[];
/**
 * NL: Of het verstrekken van de gegevens verplicht is.
 *
 * EN: Whether providing the data is required.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "provisionRequirement".
 */
export type ProvisionRequirement = "voluntary" | "statutory" | "contractual" | "contract-precondition";
/**
 * NL: Rechtsgrond uit art. 6 lid 1 AVG.
 *
 * EN: Legal basis from Art. 6(1) GDPR.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export type LegalBasis =
  | "consent"
  | "explicit-consent"
  | "contract"
  | "legal-obligation"
  | "vital-interest"
  | "public-task"
  | "legitimate-interest";
/**
 * NL: Manier waarop toestemming kan worden ingetrokken.
 *
 * EN: How consent can be withdrawn.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "withdrawalMethod".
 */
export type WithdrawalMethod = "contact" | "email" | "link" | "settings" | "post";
/**
 * NL: Ontvangers van de persoonsgegevens in dit hoofdstuk, of uitdrukkelijk geen.
 *
 * EN: Recipients of the personal data in this chapter, or explicitly none.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "recipientsSection".
 */
export type RecipientsSection =
  | {
      /**
       * NL: De gepubliceerde tekst over ontvangers.
       *
       * EN: The published text on recipients.
       */
      text: string;
      /**
       * NL: Opsomming van ontvangers.
       *
       * EN: Bulleted list of recipients.
       *
       * @minItems 1
       *
       * Items: NL: Een ontvanger zoals in de tekst.
       *
       * EN: A recipient as worded.
       */
      items?: [
        {
          /**
           * NL: Tekst van dit item.
           *
           * EN: Text of this item.
           */
          text: string;
          /**
           * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
           *
           * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
           */
          recipient?: string;
        },
        ...{
          /**
           * NL: Tekst van dit item.
           *
           * EN: Text of this item.
           */
          text: string;
          /**
           * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
           *
           * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
           */
          recipient?: string;
        }[]
      ];
      recipients?: IdList1;
    }
  | NotApplicable;
/**
 * NL: Alle ontvangers van dit hoofdstuk (sleutels onder `recipients`).
 *
 * EN: Every recipient of this chapter (keys under `recipients`).
 */
export type IdList1 = Id[];
/**
 * NL: De bewaarregels (sleutels onder `retentionRules`) die deze tekst uitdrukt.
 *
 * EN: The retention rules (keys under `retentionRules`) this text expresses.
 */
export type IdList2 = Id[];
/**
 * NL: De doelen (sleutels van doelen) waarvoor deze bewaarregel geldt.
 *
 * EN: The purposes (purpose keys) this statement applies to.
 */
export type IdList3 = Id[];
/**
 * NL: De categorieën (sleutels) waarvoor deze bewaarregel geldt.
 *
 * EN: The categories (keys) this statement applies to.
 */
export type IdList4 = Id[];
/**
 * NL: Bewaarregels.
 *
 * EN: Retention rules.
 */
export type IdList5 = Id[];
/**
 * NL: Doorgiften buiten de EER (sleutels onder `transfers.transfers`) die dit hoofdstuk betreffen.
 *
 * EN: Transfers outside the EEA (keys under `transfers.transfers`) that concern this chapter.
 */
export type IdList6 = Id[];
/**
 * NL: Doorgifte buiten de EER (art. 13 lid 1 sub f AVG), of uitdrukkelijk geen.
 *
 * EN: Transfers outside the EEA (Art. 13(1)(f) GDPR), or explicitly none.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "transfersChapter".
 */
export type TransfersChapter =
  | {
      /**
       * NL: Kop van dit hoofdstuk, zonder nummer.
       *
       * EN: Heading of this chapter, without its number.
       */
      title: string;
      /**
       * NL: Omschrijving voor de lijst van hoofdstukken in de inleiding.
       *
       * EN: Label for the list of chapters in the introduction.
       */
      label?: string;
      /**
       * NL: De gepubliceerde tekst.
       *
       * EN: The published text.
       */
      text: string;
      /**
       * NL: De doorgiften, per sleutel.
       *
       * EN: The transfers, by key.
       */
      transfers: {
        [k: string]: Transfer | undefined;
      };
    }
  | NotApplicable;
/**
 * NL: Wie de gegevens buiten de EER ontvangt of raadpleegt (sleutels onder `recipients`).
 *
 * EN: Who receives or accesses the data outside the EEA (keys under `recipients`).
 */
export type IdList7 = Id[];
/**
 * NL: Landcode volgens ISO 3166-1 alpha-2 (bijv. `US`), of `worldwide` als de tekst geen landen noemt.
 *
 * EN: ISO 3166-1 alpha-2 country code (e.g. `US`), or `worldwide` when the text names no countries.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "countryCode".
 */
export type CountryCode = string;
/**
 * NL: Grondslag voor doorgifte buiten de EER (hoofdstuk V AVG).
 *
 * EN: Basis for a transfer outside the EEA (Chapter V GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "transferMechanism".
 */
export type TransferMechanism =
  | "adequacy-decision"
  | "legally-binding-instrument"
  | "binding-corporate-rules"
  | "standard-contractual-clauses"
  | "sa-standard-contractual-clauses"
  | "code-of-conduct"
  | "certification"
  | "ad-hoc-contractual-clauses"
  | "administrative-arrangement"
  | "derogation-explicit-consent"
  | "derogation-contract-data-subject"
  | "derogation-contract-third-party"
  | "derogation-public-interest"
  | "derogation-legal-claims"
  | "derogation-vital-interests"
  | "derogation-public-register"
  | "compelling-legitimate-interest";
/**
 * NL: Waarborg bij geautomatiseerde besluitvorming (art. 22 lid 3 AVG).
 *
 * EN: Safeguard for automated decision-making (Art. 22(3) GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "admSafeguard".
 */
export type AdmSafeguard = "human-intervention" | "express-view" | "contest";
/**
 * NL: Een recht van de betrokkene.
 *
 * EN: A data-subject right.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "right".
 */
export type Right =
  | "access"
  | "rectification"
  | "erasure"
  | "restriction"
  | "portability"
  | "object"
  | "object-direct-marketing"
  | "not-automated-decision"
  | "withdraw-consent"
  | "complaint";
/**
 * NL: Contactpunten (sleutels onder `controller.contactPoints`) waarmee de rechten kunnen worden uitgeoefend.
 *
 * EN: Contact points (keys under `controller.contactPoints`) for exercising the rights.
 */
export type IdList8 = Id[];
/**
 * NL: Soort bron.
 *
 * EN: Kind of source.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "sourceKind".
 */
export type SourceKind =
  | "data-subject"
  | "client"
  | "intermediary"
  | "group-company"
  | "business-partner"
  | "public-register"
  | "public-source"
  | "information-provider"
  | "own-records"
  | "other";
/**
 * NL: Soort ontvanger.
 *
 * EN: Kind of recipient.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "recipientKind".
 */
export type RecipientKind =
  | "group-company"
  | "processor"
  | "service-provider"
  | "joint-controller"
  | "business-partner"
  | "insurer"
  | "bank"
  | "auditor"
  | "legal-adviser"
  | "debt-collector"
  | "fraud-prevention"
  | "public-authority"
  | "client"
  | "other";
/**
 * NL: Gepubliceerde tekst in Markdown (alinea's, opsommingen, links). Ruwe HTML is niet toegestaan.
 *
 * EN: Published text in Markdown (paragraphs, lists, links). Raw HTML is not allowed.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "markdown".
 */
export type Markdown = string;
/**
 * NL: Korte tekst zonder opmaak.
 *
 * EN: Short plain text.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "plainText".
 */
export type PlainText = string;
/**
 * NL: Eén rechtsgrond, of een lijst als de tekst meerdere grondslagen noemt zonder ze per doel te koppelen (de linter meldt dat).
 *
 * EN: One legal basis, or a list when the text names several bases without mapping them to the purpose (the linter reports that).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "legalBases".
 */
export type LegalBases = LegalBasis | [LegalBasis, ...LegalBasis[]];
/**
 * NL: Uitzonderingsgrond uit art. 9 lid 2 AVG voor bijzondere persoonsgegevens.
 *
 * EN: Art. 9(2) GDPR condition for special categories of data.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "art9Condition".
 */
export type Art9Condition =
  | "art9-2-a"
  | "art9-2-b"
  | "art9-2-c"
  | "art9-2-d"
  | "art9-2-e"
  | "art9-2-f"
  | "art9-2-g"
  | "art9-2-h"
  | "art9-2-i"
  | "art9-2-j";
/**
 * NL: Lijst van verwijzingen naar elders gedeclareerde sleutels.
 *
 * EN: List of references to keys declared elsewhere.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "idList".
 */
export type IdList9 = Id[];
/**
 * NL: Kop zoals die in de melding staat.
 *
 * EN: Heading as it appears in the notice.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "heading".
 */
export type Heading = string;

/**
 * NL: Eén privacymelding als gestructureerde bron: de tekst van de redacteur, met de betekenis als codes.
 *
 * EN: One privacy notice as a structured source: the editor's wording, with its meaning as codes.
 */
export interface PrivacyNoticePolicy {
  /**
   * NL: Versie van dit formaat. Altijd `1`.
   *
   * EN: Version of this format. Always `1`.
   */
  format: 1;
  /**
   * NL: Sleutel van de melding; bepaalt de uitvoermap (`dist/<id>/`).
   *
   * EN: Key of the notice; names the output folder (`dist/<id>/`).
   */
  id: string;
  /**
   * NL: Taal van de melding.
   *
   * EN: Language of the notice.
   */
  language: "nl" | "en";
  /**
   * NL: Titel van de melding (bijv. ‘Privacy melding’).
   *
   * EN: Title of the notice (e.g. ‘Privacy notice’).
   */
  title: string;
  /**
   * NL: Datum van de laatste wijziging (JJJJ-MM-DD).
   *
   * EN: Date of the last update (YYYY-MM-DD).
   */
  lastUpdated?: string;
  /**
   * NL: Versie van de melding (bijv. `2022-09-14` of `3.1`).
   *
   * EN: Version of the notice (e.g. `2022-09-14` or `3.1`).
   */
  version?: string;
  controller: Controller;
  introduction: Introduction;
  /**
   * NL: Hoofdstukken per groep betrokkenen of per verwerkingsactiviteit, in volgorde.
   *
   * EN: Chapters per group of data subjects or per processing activity, in order.
   *
   * @minItems 1
   */
  chapters: [Chapter, ...Chapter[]];
  transfers?: TransfersChapter;
  security?: SecurityChapter;
  automatedDecisionMaking?: AdmChapter;
  rights?: RightsChapter;
  changes?: Changes;
  /**
   * NL: Bronnen van persoonsgegevens, één keer gedeclareerd en per sleutel gebruikt.
   *
   * EN: Sources of personal data, declared once and referred to by key.
   */
  sources?: {
    [k: string]: Source | undefined;
  };
  /**
   * NL: Ontvangers, één keer gedeclareerd en per sleutel gebruikt.
   *
   * EN: Recipients, declared once and referred to by key.
   */
  recipients?: {
    [k: string]: Recipient | undefined;
  };
  /**
   * NL: Bewaarregels, één keer gedeclareerd en per sleutel gebruikt.
   *
   * EN: Retention rules, declared once and referred to by key.
   */
  retentionRules?: {
    [k: string]: RetentionRule | undefined;
  };
}
/**
 * NL: De verwerkingsverantwoordelijke: identiteit, contactpunten, vertegenwoordiger, FG.
 *
 * EN: The controller: identity, contact points, representative, DPO.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "controller".
 */
export interface Controller {
  /**
   * NL: Naam van de verwerkingsverantwoordelijke zoals de melding die gebruikt (bijv. ‘Coface’).
   *
   * EN: Name of the controller as the notice uses it (e.g. ‘Coface’).
   */
  name: string;
  /**
   * NL: Juridische naam van de entiteit die verwerkingsverantwoordelijke is.
   *
   * EN: Legal name of the controlling entity.
   */
  legalName?: string;
  /**
   * NL: Waar: de melding noemt als verwerkingsverantwoordelijke de entiteit ‘en de aan haar gelieerde ondernemingen’, zonder te zeggen welke entiteit waarvoor verantwoordelijk is.
   *
   * EN: True: the notice names as controller the entity ‘and its affiliated companies’, without saying which entity is responsible for what.
   */
  includesAffiliates?: boolean;
  /**
   * NL: Naam van de groep waartoe de verwerkingsverantwoordelijke behoort.
   *
   * EN: Name of the group the controller belongs to.
   */
  group?: string;
  /**
   * NL: Of de verwerkingsverantwoordelijke in de EU is gevestigd (art. 3 en 27 AVG).
   *
   * EN: Whether the controller is established in the EU (Art. 3 and 27 GDPR).
   */
  establishedInEU?: boolean;
  /**
   * NL: Of de verwerkingsverantwoordelijke een overheidsinstantie is die haar publieke taak uitvoert.
   *
   * EN: Whether the controller is a public authority performing its tasks.
   */
  publicAuthority?: boolean;
  /**
   * NL: Contactpunten van de verwerkingsverantwoordelijke, per sleutel.
   *
   * EN: The controller's contact points, by key.
   */
  contactPoints?: {
    [k: string]: ContactPoint | undefined;
  };
  /**
   * NL: Vertegenwoordiger in de EU (art. 27 AVG).
   *
   * EN: Representative in the EU (Art. 27 GDPR).
   */
  representative?:
    | {
        /**
         * NL: Naam van de vertegenwoordiger.
         *
         * EN: Name of the representative.
         */
        name: string;
        contact: ContactPoint1;
      }
    | NotApplicable;
  /**
   * NL: Functionaris gegevensbescherming (FG, art. 37-39 AVG).
   *
   * EN: Data protection officer (DPO, Art. 37-39 GDPR).
   */
  dpo?:
    | {
        /**
         * NL: Naam (niet verplicht).
         *
         * EN: Name (optional).
         */
        name?: string;
        contact: ContactPoint2;
      }
    | NotApplicable;
  /**
   * NL: Gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG).
   *
   * EN: Joint controllers (Art. 26 GDPR).
   */
  jointControllers?:
    | [
        {
          /**
           * NL: Naam.
           *
           * EN: Name.
           */
          name: string;
          /**
           * NL: De wezenlijke inhoud van de regeling (art. 26 lid 2 AVG).
           *
           * EN: The essence of the arrangement (Art. 26(2) GDPR).
           */
          essence?: string;
          /**
           * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
           *
           * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
           */
          contactPoint?: string;
        },
        ...{
          /**
           * NL: Naam.
           *
           * EN: Name.
           */
          name: string;
          /**
           * NL: De wezenlijke inhoud van de regeling (art. 26 lid 2 AVG).
           *
           * EN: The essence of the arrangement (Art. 26(2) GDPR).
           */
          essence?: string;
          /**
           * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
           *
           * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
           */
          contactPoint?: string;
        }[]
      ]
    | NotApplicable;
  /**
   * NL: Gedragscodes waaraan de verwerkingsverantwoordelijke zich houdt.
   *
   * EN: Codes of conduct the controller adheres to.
   *
   * Items: NL: Gedragscode.
   *
   * EN: Code of conduct.
   */
  codesOfConduct?: {
    /**
     * NL: Naam van de gedragscode.
     *
     * EN: Name of the code of conduct.
     */
    name: string;
    /**
     * NL: Webadres.
     *
     * EN: Web address.
     */
    url?: string;
  }[];
}
/**
 * NL: Een contactpunt met één of meer kanalen.
 *
 * EN: A contact point with one or more channels.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "contactPoint".
 */
export interface ContactPoint {
  /**
   * NL: Naam of omschrijving van het contactpunt (bijv. ‘Data Protection Office’).
   *
   * EN: Name of the contact point (e.g. ‘Data Protection Office’).
   */
  label?: string;
  /**
   * NL: Waarvoor betrokkenen dit contactpunt kunnen gebruiken.
   *
   * EN: What data subjects can use this contact point for.
   *
   * @minItems 1
   */
  roles: [ContactRole, ...ContactRole[]];
  /**
   * NL: E-mailadres.
   *
   * EN: E-mail address.
   */
  email?: string;
  /**
   * NL: Telefoonnummer.
   *
   * EN: Telephone number.
   */
  phone?: string;
  /**
   * NL: Postadres op één regel, zoals in de melding.
   *
   * EN: Postal address on one line, as in the notice.
   */
  postalAddress?: string;
  /**
   * NL: Webadres (https).
   *
   * EN: Web address (https).
   */
  url?: string;
}
/**
 * NL: Een contactpunt met één of meer kanalen.
 *
 * EN: A contact point with one or more channels.
 */
export interface ContactPoint1 {
  /**
   * NL: Naam of omschrijving van het contactpunt (bijv. ‘Data Protection Office’).
   *
   * EN: Name of the contact point (e.g. ‘Data Protection Office’).
   */
  label?: string;
  /**
   * NL: Waarvoor betrokkenen dit contactpunt kunnen gebruiken.
   *
   * EN: What data subjects can use this contact point for.
   *
   * @minItems 1
   */
  roles: [ContactRole, ...ContactRole[]];
  /**
   * NL: E-mailadres.
   *
   * EN: E-mail address.
   */
  email?: string;
  /**
   * NL: Telefoonnummer.
   *
   * EN: Telephone number.
   */
  phone?: string;
  /**
   * NL: Postadres op één regel, zoals in de melding.
   *
   * EN: Postal address on one line, as in the notice.
   */
  postalAddress?: string;
  /**
   * NL: Webadres (https).
   *
   * EN: Web address (https).
   */
  url?: string;
}
/**
 * NL: Uitdrukkelijk ‘niet van toepassing’ of ‘geen’, met de reden. Anders dan een weggelaten veld: weggelaten betekent ‘niet behandeld’ en wordt door de linter gemeld.
 *
 * EN: Explicitly ‘not applicable’ or ‘none’, with its reason. Unlike a field left out: left out means ‘not addressed’, which the linter reports.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "notApplicable".
 */
export interface NotApplicable {
  /**
   * NL: Waarom dit onderdeel niet van toepassing is of er niets te melden is. Deze reden is de gepubliceerde tekst.
   *
   * EN: Why this item does not apply or there is nothing to disclose. The reason is the published text.
   */
  notApplicable: string;
}
/**
 * NL: Een contactpunt met één of meer kanalen.
 *
 * EN: A contact point with one or more channels.
 */
export interface ContactPoint2 {
  /**
   * NL: Naam of omschrijving van het contactpunt (bijv. ‘Data Protection Office’).
   *
   * EN: Name of the contact point (e.g. ‘Data Protection Office’).
   */
  label?: string;
  /**
   * NL: Waarvoor betrokkenen dit contactpunt kunnen gebruiken.
   *
   * EN: What data subjects can use this contact point for.
   *
   * @minItems 1
   */
  roles: [ContactRole, ...ContactRole[]];
  /**
   * NL: E-mailadres.
   *
   * EN: E-mail address.
   */
  email?: string;
  /**
   * NL: Telefoonnummer.
   *
   * EN: Telephone number.
   */
  phone?: string;
  /**
   * NL: Postadres op één regel, zoals in de melding.
   *
   * EN: Postal address on one line, as in the notice.
   */
  postalAddress?: string;
  /**
   * NL: Webadres (https).
   *
   * EN: Web address (https).
   */
  url?: string;
}
/**
 * NL: Inleiding van de melding. De lijst van hoofdstukken wordt uit de structuur gemaakt.
 *
 * EN: The notice's introduction. The list of chapters is generated from the structure.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "introduction".
 */
export interface Introduction {
  /**
   * NL: De inleiding, tot en met de zin die de lijst van hoofdstukken aankondigt.
   *
   * EN: The introduction, up to and including the sentence that announces the list of chapters.
   */
  text: string;
  /**
   * NL: De zin vóór de lijst van algemene hoofdstukken (doorgifte, beveiliging, rechten).
   *
   * EN: The sentence before the list of notice-wide chapters (transfers, security, rights).
   */
  topicsLead?: string;
  /**
   * NL: Tekst na de inhoudsopgave en vóór het eerste hoofdstuk.
   *
   * EN: Text after the table of contents and before the first chapter.
   */
  closing?: string;
}
/**
 * NL: Een hoofdstuk: één groep betrokkenen of één verwerkingsactiviteit.
 *
 * EN: A chapter: one group of data subjects or one processing activity.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "chapter".
 */
export interface Chapter {
  /**
   * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
   *
   * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
   */
  id: string;
  /**
   * NL: Titel van het hoofdstuk, zonder nummer (bijv. ‘U bent een websitebezoeker’).
   *
   * EN: Chapter title, without its number (e.g. ‘You are a website visitor’).
   */
  title: string;
  /**
   * NL: Korte omschrijving voor de lijst van hoofdstukken in de inleiding (bijv. ‘een websitebezoeker’).
   *
   * EN: Short label for the list of chapters in the introduction (e.g. ‘a website visitor’).
   */
  label?: string;
  /**
   * NL: De groepen betrokkenen die dit hoofdstuk betreft.
   *
   * EN: The groups of data subjects this chapter is about.
   *
   * @minItems 1
   */
  dataSubjects?: [DataSubject, ...DataSubject[]];
  /**
   * NL: Het hoofdstuk richt zich (ook) op kinderen.
   *
   * EN: The chapter (also) addresses children.
   */
  audienceIncludesChildren?: boolean;
  collection?: Collection;
  /**
   * NL: Of verstrekken verplicht is (art. 13 lid 2 sub e AVG).
   *
   * EN: Whether providing the data is required (Art. 13(2)(e) GDPR).
   */
  provision?: Provision | NotApplicable;
  categories?: Categories;
  purposes?: Purposes;
  withdrawal?: Withdrawal;
  recipients?: RecipientsSection;
  retention?: Retention;
  transfers?: IdList6;
  /**
   * NL: Aanvullende secties aan het eind van het hoofdstuk (bijv. cookies).
   *
   * EN: Additional sections at the end of the chapter (e.g. cookies).
   *
   * @minItems 1
   */
  sections?: [Section, ...Section[]];
}
/**
 * NL: Wijze van verzamelen van persoonsgegevens en de bronnen.
 *
 * EN: How personal data are collected, and their sources.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "collection".
 */
export interface Collection {
  /**
   * NL: Gegevens worden (ook) bij de betrokkene zelf verzameld (art. 13 AVG).
   *
   * EN: Data are (also) collected from the data subject (Art. 13 GDPR).
   */
  direct?: boolean;
  /**
   * NL: Gegevens worden (ook) elders verkregen (art. 14 AVG).
   *
   * EN: Data are (also) obtained from elsewhere (Art. 14 GDPR).
   */
  indirect?: boolean;
  /**
   * NL: Tekst over de wijze van verzamelen.
   *
   * EN: Text on how data are collected.
   */
  text: string;
  /**
   * NL: Opsomming van bronnen.
   *
   * EN: Bulleted list of sources.
   *
   * @minItems 1
   *
   * Items: NL: Een bron zoals die in de tekst staat.
   *
   * EN: A source as worded in the text.
   */
  items?: [
    {
      /**
       * NL: Tekst van dit lijstitem.
       *
       * EN: Text of this list item.
       */
      text: string;
      /**
       * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
       *
       * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
       */
      source?: string;
    },
    ...{
      /**
       * NL: Tekst van dit lijstitem.
       *
       * EN: Text of this list item.
       */
      text: string;
      /**
       * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
       *
       * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
       */
      source?: string;
    }[]
  ];
  /**
   * NL: Tekst na de opsomming.
   *
   * EN: Text after the list.
   */
  after?: string;
  sources?: IdList;
  /**
   * NL: Wanneer betrokkenen bij indirecte verkrijging worden geïnformeerd (art. 14 lid 3 AVG).
   *
   * EN: When data subjects are informed of indirect collection (Art. 14(3) GDPR).
   */
  timing?: string;
  /**
   * NL: Beroep op een uitzondering van art. 14 lid 5 AVG.
   *
   * EN: Reliance on an Art. 14(5) GDPR exemption.
   */
  exemption?: {
    /**
     * NL: Uitzondering van art. 14 lid 5 AVG.
     *
     * EN: Art. 14(5) GDPR exemption.
     */
    ground: "impossible" | "disproportionate-effort" | "required-by-law" | "professional-secrecy";
    /**
     * NL: Genomen maatregelen, waaronder openbaarmaking.
     *
     * EN: Measures taken, including making the information public.
     */
    measures?: string;
  };
}
/**
 * NL: Verplichting tot verstrekking van gegevens (art. 13 lid 2 sub e AVG).
 *
 * EN: Requirement to provide the data (Art. 13(2)(e) GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "provision".
 */
export interface Provision {
  /**
   * NL: Of verstrekken verplicht is, en op welke grond.
   *
   * EN: Whether providing the data is required, and on what ground.
   *
   * @minItems 1
   */
  requirement: [ProvisionRequirement, ...ProvisionRequirement[]];
  /**
   * NL: Gevolgen als de gegevens niet worden verstrekt (art. 13 lid 2 sub e AVG).
   *
   * EN: Consequences of not providing the data (Art. 13(2)(e) GDPR).
   */
  consequences?: string;
  /**
   * NL: De gepubliceerde tekst over de verplichting.
   *
   * EN: The published text on the requirement.
   */
  text: string;
}
/**
 * NL: Categorieën persoonsgegevens.
 *
 * EN: Categories of personal data.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "categories".
 */
export interface Categories {
  /**
   * NL: Tekst vóór de lijst.
   *
   * EN: Text before the list.
   */
  text?: string;
  /**
   * NL: Hoe de categorieën worden weergegeven.
   *
   * EN: How the categories are shown.
   */
  layout?: "list" | "paragraphs";
  /**
   * NL: De categorieën.
   *
   * EN: The categories.
   *
   * @minItems 1
   */
  items: [Category, ...Category[]];
  /**
   * NL: Tekst na de lijst.
   *
   * EN: Text after the list.
   */
  after?: string;
}
/**
 * NL: Een categorie persoonsgegevens.
 *
 * EN: A category of personal data.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "category".
 */
export interface Category {
  /**
   * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
   *
   * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
   */
  id?: string;
  /**
   * NL: Tekst van deze categorie zoals gepubliceerd.
   *
   * EN: Text of this category as published.
   */
  text: string;
  /**
   * NL: Bevat bijzondere persoonsgegevens (art. 9 AVG).
   *
   * EN: Contains special categories of data (Art. 9 GDPR).
   */
  special?: boolean;
  /**
   * NL: Bevat strafrechtelijke persoonsgegevens (art. 10 AVG), zoals fraude- of sanctiegegevens.
   *
   * EN: Contains criminal-offence data (Art. 10 GDPR), such as fraud or sanctions data.
   */
  criminal?: boolean;
  /**
   * NL: Bevat een nationaal identificatienummer (BSN) of een kopie van een identiteitsbewijs.
   *
   * EN: Contains a national identification number (BSN) or a copy of an identity document.
   */
  nationalId?: boolean;
  /**
   * NL: De wet die het gebruik van het BSN toestaat, of dat het BSN wordt afgeschermd.
   *
   * EN: The statute permitting use of the BSN, or that it is masked.
   */
  nationalIdBasis?: string;
  /**
   * NL: Deze categorie wordt (ook) buiten de betrokkene om verkregen.
   *
   * EN: This category is (also) obtained other than from the data subject.
   */
  indirect?: boolean;
}
/**
 * NL: Doelen en rechtsgronden.
 *
 * EN: Purposes and legal bases.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "purposes".
 */
export interface Purposes {
  /**
   * NL: Tekst vóór de lijst van doelen.
   *
   * EN: Text before the list of purposes.
   */
  text?: string;
  /**
   * NL: De doelen (of groepen van doelen).
   *
   * EN: The purposes (or groups of purposes).
   *
   * @minItems 1
   */
  items: [Purpose, ...Purpose[]];
  /**
   * NL: Tekst na de lijst.
   *
   * EN: Text after the list.
   */
  after?: string;
}
/**
 * NL: Een verwerkingsdoel, of een groep doelen met een inleidende tekst.
 *
 * EN: A processing purpose, or a group of purposes with an introductory text.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "purpose".
 */
export interface Purpose {
  /**
   * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
   *
   * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
   */
  id?: string;
  /**
   * NL: Tekst van het doel zoals gepubliceerd. Bij een groep: de tekst die de groep inleidt.
   *
   * EN: Text of the purpose as published. For a group: the text introducing it.
   */
  text: string;
  /**
   * NL: Rechtsgrond(en) voor dit doel.
   *
   * EN: Legal basis (or bases) for this purpose.
   */
  legalBasis?: LegalBasis | [LegalBasis, ...LegalBasis[]];
  /**
   * NL: Het concrete gerechtvaardigde belang (art. 13 lid 1 sub d AVG); gepubliceerd direct na de tekst van het doel.
   *
   * EN: The specific legitimate interest (Art. 13(1)(d) GDPR); published right after the purpose's text.
   */
  legitimateInterest?: string;
  /**
   * NL: De melding zegt dat informatie over de belangenafweging op verzoek beschikbaar is.
   *
   * EN: The notice says information on the balancing test is available on request.
   */
  balancingTestOnRequest?: boolean;
  /**
   * NL: De wet waaruit de wettelijke verplichting of publieke taak volgt (bijv. ‘Wwft’).
   *
   * EN: The law imposing the obligation or task (e.g. ‘AML Act’).
   */
  lawReference?: string;
  /**
   * NL: Uitzonderingsgrond voor bijzondere persoonsgegevens.
   *
   * EN: Condition for special categories.
   */
  art9Condition?:
    | "art9-2-a"
    | "art9-2-b"
    | "art9-2-c"
    | "art9-2-d"
    | "art9-2-e"
    | "art9-2-f"
    | "art9-2-g"
    | "art9-2-h"
    | "art9-2-i"
    | "art9-2-j";
  /**
   * NL: De wet waarop de art. 9-uitzondering steunt.
   *
   * EN: The law the Art. 9 condition relies on.
   */
  art9LawReference?: string;
  /**
   * NL: Het doel is direct marketing.
   *
   * EN: The purpose is direct marketing.
   */
  directMarketing?: boolean;
  /**
   * NL: Het doel omvat profilering.
   *
   * EN: The purpose involves profiling.
   */
  profiling?: boolean;
  /**
   * NL: Doelen binnen deze groep (een groep heeft zelf geen rechtsgrond nodig).
   *
   * EN: Purposes within this group (a group needs no legal basis of its own).
   *
   * @minItems 1
   */
  items?: [Purpose, ...Purpose[]];
}
/**
 * NL: Recht op intrekking van toestemming (art. 7 lid 3 AVG).
 *
 * EN: Right to withdraw consent (Art. 7(3) GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "withdrawal".
 */
export interface Withdrawal {
  /**
   * NL: De gepubliceerde tekst over intrekking van toestemming.
   *
   * EN: The published text on withdrawing consent.
   */
  text: string;
  /**
   * NL: Hoe de toestemming kan worden ingetrokken.
   *
   * EN: How consent can be withdrawn.
   *
   * @minItems 1
   */
  methods?: [WithdrawalMethod, ...WithdrawalMethod[]];
  /**
   * NL: De tekst zegt dat intrekken op elk moment kan.
   *
   * EN: The text says consent can be withdrawn at any time.
   */
  anyTime?: boolean;
  /**
   * NL: De tekst zegt dat intrekking de rechtmatigheid van eerdere verwerking niet aantast.
   *
   * EN: The text says withdrawal does not affect the lawfulness of earlier processing.
   */
  earlierProcessingStaysLawful?: boolean;
}
/**
 * NL: Periode gedurende welke de persoonsgegevens worden bewaard (art. 13 lid 2 sub a AVG).
 *
 * EN: Period for which the personal data are kept (Art. 13(2)(a) GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "retention".
 */
export interface Retention {
  /**
   * NL: Tekst vóór de bewaarregels.
   *
   * EN: Text before the retention statements.
   */
  text?: string;
  /**
   * NL: Hoe de bewaarregels worden weergegeven.
   *
   * EN: How the statements are shown.
   */
  layout?: "list" | "paragraphs";
  /**
   * NL: De bewaarregels.
   *
   * EN: The retention statements.
   *
   * @minItems 1
   */
  items: [RetentionItem, ...RetentionItem[]];
}
/**
 * NL: Een bewaarregel zoals gepubliceerd, met de regels en doelen die zij betreft.
 *
 * EN: A retention statement as published, with the rules and purposes it concerns.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "retentionItem".
 */
export interface RetentionItem {
  /**
   * NL: De gepubliceerde tekst van deze bewaarregel.
   *
   * EN: The published text of this retention statement.
   */
  text: string;
  rules?: IdList2;
  purposes?: IdList3;
  categories?: IdList4;
  /**
   * NL: Opsomming binnen deze bewaarregel.
   *
   * EN: Bulleted list within this statement.
   *
   * @minItems 1
   *
   * Items: NL: Onderdeel van een bewaarregel.
   *
   * EN: Part of a retention statement.
   */
  items?: [
    {
      /**
       * NL: Tekst.
       *
       * EN: Text.
       */
      text: string;
      rules?: IdList5;
    },
    ...{
      /**
       * NL: Tekst.
       *
       * EN: Text.
       */
      text: string;
      rules?: IdList5;
    }[]
  ];
}
/**
 * NL: Een aanvullende sectie met eigen kop.
 *
 * EN: An additional section with its own heading.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
  /**
   * NL: Een korte, stabiele sleutel in kleine letters, cijfers en streepjes (bijv. `websitebezoeker`).
   *
   * EN: A short, stable key of lowercase letters, digits and hyphens (e.g. `website-visitor`).
   */
  id: string;
  /**
   * NL: Kop van deze sectie.
   *
   * EN: Heading of this section.
   */
  title: string;
  /**
   * NL: Tekst van deze sectie.
   *
   * EN: Text of this section.
   */
  text: string;
}
/**
 * NL: Een doorgifte van persoonsgegevens buiten de EER.
 *
 * EN: A transfer of personal data outside the EEA.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "transfer".
 */
export interface Transfer {
  recipients?: IdList7;
  /**
   * NL: Derde landen.
   *
   * EN: Third countries.
   *
   * @minItems 1
   */
  countries?: [CountryCode, ...CountryCode[]];
  /**
   * NL: Doorgiftegrondslagen die de tekst noemt.
   *
   * EN: Transfer mechanisms the text names.
   *
   * @minItems 1
   */
  mechanisms?: [TransferMechanism, ...TransferMechanism[]];
  /**
   * NL: Onwaar als de tekst de waarborgen niet uitputtend noemt (bijv. ‘dit omvat ook’).
   *
   * EN: False when the text does not list the safeguards exhaustively (e.g. ‘this also includes’).
   */
  mechanismsExhaustive?: boolean;
  /**
   * NL: Art. 6-grondslagen die de tekst als rechtvaardiging van de doorgifte noemt.
   *
   * EN: Art. 6 bases the text gives as justification for the transfer.
   *
   * @minItems 1
   */
  justifiedBy?: [LegalBasis, ...LegalBasis[]];
  /**
   * NL: Hoe een kopie van de waarborgen kan worden verkregen of waar die te vinden is.
   *
   * EN: How to obtain a copy of the safeguards or where they are available.
   */
  copyAvailable?: string;
  /**
   * NL: Het dwingende gerechtvaardigde belang (art. 49 lid 1, tweede alinea AVG).
   *
   * EN: The compelling legitimate interest (Art. 49(1) second subparagraph GDPR).
   */
  compellingInterest?: string;
}
/**
 * NL: Hoofdstuk over beveiliging (art. 32 AVG).
 *
 * EN: Chapter on security (Art. 32 GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "securityChapter".
 */
export interface SecurityChapter {
  /**
   * NL: Kop van dit hoofdstuk, zonder nummer.
   *
   * EN: Heading of this chapter, without its number.
   */
  title: string;
  /**
   * NL: Omschrijving voor de lijst van hoofdstukken in de inleiding.
   *
   * EN: Label for the list of chapters in the introduction.
   */
  label?: string;
  /**
   * NL: De gepubliceerde tekst.
   *
   * EN: The published text.
   */
  text: string;
}
/**
 * NL: Geautomatiseerde besluitvorming en profilering (art. 22 AVG).
 *
 * EN: Automated decision-making and profiling (Art. 22 GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "admChapter".
 */
export interface AdmChapter {
  /**
   * NL: Kop van dit hoofdstuk, zonder nummer.
   *
   * EN: Heading of this chapter, without its number.
   */
  title: string;
  /**
   * NL: Omschrijving voor de lijst van hoofdstukken in de inleiding.
   *
   * EN: Label for the list of chapters in the introduction.
   */
  label?: string;
  /**
   * NL: De gepubliceerde tekst.
   *
   * EN: The published text.
   */
  text: string;
  /**
   * NL: Of er uitsluitend geautomatiseerde besluitvorming met rechtsgevolg of profilering plaatsvindt.
   *
   * EN: Whether solely automated decisions with legal effect, or profiling, take place.
   */
  exists: boolean;
  /**
   * NL: Nuttige informatie over de onderliggende logica.
   *
   * EN: Meaningful information about the logic involved.
   */
  logic?: string;
  /**
   * NL: Het belang en de verwachte gevolgen.
   *
   * EN: The significance and envisaged consequences.
   */
  consequences?: string;
  /**
   * NL: Uitzondering van art. 22 lid 2 AVG.
   *
   * EN: Art. 22(2) GDPR exception.
   */
  basis?: "contract" | "law" | "explicit-consent";
  /**
   * NL: Waarborgen.
   *
   * EN: Safeguards.
   *
   * @minItems 1
   */
  safeguards?: [AdmSafeguard, ...AdmSafeguard[]];
}
/**
 * NL: Hoofdstuk over de rechten van betrokkenen en contact.
 *
 * EN: Chapter on data-subject rights and contact.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "rightsChapter".
 */
export interface RightsChapter {
  /**
   * NL: Kop van dit hoofdstuk, zonder nummer.
   *
   * EN: Heading of this chapter, without its number.
   */
  title: string;
  /**
   * NL: Omschrijving voor de lijst van hoofdstukken in de inleiding.
   *
   * EN: Label for the list of chapters in the introduction.
   */
  label?: string;
  /**
   * NL: De gepubliceerde tekst.
   *
   * EN: The published text.
   */
  text: string;
  /**
   * NL: De rechten die de tekst noemt.
   *
   * EN: The rights the text names.
   *
   * @minItems 1
   */
  rights: [Right, ...Right[]];
  /**
   * NL: De tekst noemt de rechten alleen met een algemeen voorbehoud (‘indien en voor zover …’), zonder per recht uit te leggen wanneer het geldt.
   *
   * EN: The text lists the rights only with a blanket caveat (‘if and insofar as …’), without explaining when each applies.
   */
  blanketCaveat?: boolean;
  /**
   * NL: Het recht van bezwaar wordt apart en duidelijk onder de aandacht gebracht (art. 21 lid 4 AVG).
   *
   * EN: The right to object is brought to attention clearly and separately (Art. 21(4) GDPR).
   */
  objectionSeparate?: boolean;
  howToExercise?: IdList8;
  /**
   * NL: Klacht bij de toezichthouder (art. 77 AVG).
   *
   * EN: Complaint to the supervisory authority (Art. 77 GDPR).
   */
  complaint?: {
    /**
     * NL: Naam van de toezichthoudende autoriteit (bijv. ‘Autoriteit Persoonsgegevens’).
     *
     * EN: Name of the supervisory authority (e.g. ‘Dutch Data Protection Authority’).
     */
    authority?: string;
    /**
     * NL: Webadres van de toezichthouder.
     *
     * EN: The authority's web address.
     */
    url?: string;
    /**
     * NL: De tekst noemt dat ook geklaagd kan worden in de lidstaat van verblijf, werk of inbreuk.
     *
     * EN: The text says a complaint can also go to the authority of residence, work or infringement.
     */
    residenceOption?: boolean;
  };
  /**
   * NL: Contactgegevens, als sectie van dit hoofdstuk.
   *
   * EN: Contact details, as a section of this chapter.
   */
  contact?: {
    /**
     * NL: Kop van de contactsectie.
     *
     * EN: Heading of the contact section.
     */
    title: string;
    /**
     * NL: De gepubliceerde contacttekst.
     *
     * EN: The published contact text.
     */
    text: string;
    /**
     * NL: De tekst verwijst voor contactgegevens naar een website zonder directe link.
     *
     * EN: The text defers contact details to a website without a direct link.
     */
    deferredToWebsite?: boolean;
  };
}
/**
 * NL: Wijzigingen van de melding (art. 13 lid 3 AVG).
 *
 * EN: Changes to the notice (Art. 13(3) GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "changes".
 */
export interface Changes {
  /**
   * NL: Hoe betrokkenen over wijzigingen worden geïnformeerd.
   *
   * EN: How data subjects are informed of changes.
   */
  notification: "active" | "website-only";
  /**
   * NL: Eigen tekst over wijzigingen, als die niet al in de inleiding staat.
   *
   * EN: Own text on changes, when not already in the introduction.
   */
  text?: string;
  /**
   * NL: De melding kondigt verwerking voor nieuwe doelen aan of laat die toe.
   *
   * EN: The notice announces or permits processing for new purposes.
   */
  furtherProcessing?: boolean;
  /**
   * NL: De melding belooft betrokkenen vooraf te informeren over verwerking voor een nieuw doel.
   *
   * EN: The notice commits to informing data subjects before processing for a new purpose.
   */
  informBeforeFurtherProcessing?: boolean;
}
/**
 * NL: Een bron van persoonsgegevens.
 *
 * EN: A source of personal data.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  /**
   * NL: Omschrijving van de bron.
   *
   * EN: Description of the source.
   */
  name: string;
  kind: SourceKind;
  /**
   * NL: Of de bron openbaar toegankelijk is (art. 14 lid 2 sub f AVG).
   *
   * EN: Whether the source is publicly accessible (Art. 14(2)(f) GDPR).
   */
  publiclyAccessible?: boolean;
  /**
   * NL: Sector of soort organisatie, als de bron niet bij naam wordt genoemd.
   *
   * EN: Sector or type of organisation, when the source is not named.
   */
  sector?: string;
}
/**
 * NL: Een ontvanger of categorie ontvangers (art. 13 lid 1 sub e AVG).
 *
 * EN: A recipient or category of recipients (Art. 13(1)(e) GDPR).
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "recipient".
 */
export interface Recipient {
  /**
   * NL: Naam of omschrijving van de ontvanger.
   *
   * EN: Name or description of the recipient.
   */
  name: string;
  kind: RecipientKind;
  /**
   * NL: Waar als `name` een bij naam genoemde organisatie is, niet een categorie.
   *
   * EN: True when `name` is a named organisation, not a category.
   */
  named?: boolean;
  /**
   * NL: Sector, rol of soort organisatie.
   *
   * EN: Sector, role or type of organisation.
   */
  sector?: string;
  /**
   * NL: Landen waar de ontvanger is gevestigd.
   *
   * EN: Countries where the recipient is established.
   *
   * @minItems 1
   */
  countries?: [CountryCode, ...CountryCode[]];
}
/**
 * NL: Een bewaarregel: een termijn met aanleiding en wettelijke bron, of de criteria.
 *
 * EN: A retention rule: a period with its trigger and legal source, or the criteria.
 *
 * This interface was referenced by `PrivacyNoticePolicy`'s JSON-Schema
 * via the `definition` "retentionRule".
 */
export interface RetentionRule {
  /**
   * NL: Bewaartermijn als ISO 8601-duur (bijv. `P2Y`, `P7Y`, `P0D` voor direct).
   *
   * EN: Retention period as an ISO 8601 duration (e.g. `P2Y`, `P7Y`, `P0D` for immediately).
   */
  period?: string;
  /**
   * NL: De gebeurtenis waarna de termijn loopt (bijv. ‘einde van de overeenkomst’).
   *
   * EN: The event after which the period runs (e.g. ‘end of the contract’).
   */
  trigger?: string;
  /**
   * NL: De wet die de termijn voorschrijft (bijv. ‘art. 52 AWR’).
   *
   * EN: The law prescribing the period (e.g. ‘Art. 52 AWR’).
   */
  statute?: string;
  /**
   * NL: De criteria die de termijn bepalen, als er geen vaste termijn is.
   *
   * EN: The criteria that determine the period, when there is no fixed period.
   */
  criteria?: string;
}
