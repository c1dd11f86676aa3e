/**
 * One ajv error in plain words a lawyer understands, in Dutch and English: what is wrong, where,
 * what the field means (from the schema's descriptions) and, where we can guess, what was meant.
 */
import type { LocalizedText, PolicyPath } from "../diagnostics/index.js";
import type { CompiledError } from "./compiled.js";
import {
  enumValueDescription,
  propertyDescription,
  propertyNames,
  schemaAt,
  settle,
  valueAt,
  type SchemaView,
} from "./schema-index.js";
import { didYouMean } from "./suggest.js";
import { code, explained, fieldName, list, sentence, typeWords, valueWords } from "./words.js";

/** A schema problem before it gets a file position. */
export interface SchemaFinding {
  readonly keyword: string;
  readonly messageId: string;
  readonly message: LocalizedText;
  readonly path: PolicyPath;
  /** Unknown keys and key names point at the key; everything else at the value. */
  readonly at: "key" | "value";
  /** For an unknown key: the allowed key it most likely meant. */
  readonly suggestion?: string;
  /** For a missing field: its name. */
  readonly missing?: string;
}

/** Extra wording for a `required` error at a place that may also say `notApplicable`. */
export const notApplicableHint: LocalizedText = {
  nl: "Is dit onderdeel niet van toepassing? Schrijf dan alleen `notApplicable:` met de reden.",
  en: "If this part does not apply, write only `notApplicable:` with the reason.",
};

/** Plain-words explanations of the patterns the schema uses, keyed by the pattern itself. */
const patternHelp: Readonly<Record<string, (value: string) => LocalizedText>> = {
  "^[a-z0-9][a-z0-9-]*$": (value) => {
    const slug = toKey(value);
    const example = slug ? { nl: `, zoals ${code(slug)}`, en: `, such as ${code(slug)}` } : { nl: "", en: "" };
    return {
      nl: `${code(value)} is geen geldige sleutel: gebruik alleen kleine letters, cijfers en streepjes${example.nl}.`,
      en: `${code(value)} is not a valid key: use only lowercase letters, digits and hyphens${example.en}.`,
    };
  },
  "^([A-Z]{2}|worldwide)$": (value) => ({
    nl: `${code(value)} is geen landcode: gebruik twee hoofdletters volgens ISO 3166-1 (zoals \`NL\` of \`US\`), of \`worldwide\`.`,
    en: `${code(value)} is not a country code: use two capital letters per ISO 3166-1 (such as \`NL\` or \`US\`), or \`worldwide\`.`,
  }),
  "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$": (value) => ({
    nl: `${code(value)} is geen termijn in ISO 8601-vorm: schrijf bijvoorbeeld \`P2Y\` (2 jaar), \`P6M\` (6 maanden), \`P30D\` (30 dagen) of \`P0D\` (direct).`,
    en: `${code(value)} is not an ISO 8601 period: write for example \`P2Y\` (2 years), \`P6M\` (6 months), \`P30D\` (30 days) or \`P0D\` (immediately).`,
  }),
  "^https?://": (value) => ({
    nl: `${code(value)} is geen volledig webadres: begin met \`https://\`, zoals \`https://voorbeeld.nl/privacy\`.`,
    en: `${code(value)} is not a full web address: start with \`https://\`, such as \`https://example.com/privacy\`.`,
  }),
  "^[0-9A-Za-z][0-9A-Za-z.-]*$": (value) => ({
    nl: `${code(value)} is geen geldige versie: gebruik letters, cijfers, punten en streepjes, zoals \`2025-03-01\` of \`3.1\`.`,
    en: `${code(value)} is not a valid version: use letters, digits, dots and hyphens, such as \`2025-03-01\` or \`3.1\`.`,
  }),
};

const formatHelp: Readonly<Record<string, (value: string) => LocalizedText>> = {
  date: (value) => ({
    nl: `${code(value)} is geen geldige datum: schrijf JJJJ-MM-DD, zoals \`2025-03-01\`.`,
    en: `${code(value)} is not a valid date: write YYYY-MM-DD, such as \`2025-03-01\`.`,
  }),
  email: (value) => ({
    nl: `${code(value)} is geen geldig e-mailadres.`,
    en: `${code(value)} is not a valid e-mail address.`,
  }),
  uri: (value) => ({
    nl: `${code(value)} is geen geldig webadres: schrijf het volledig, zoals \`https://voorbeeld.nl/privacy\`.`,
    en: `${code(value)} is not a valid web address: write it in full, such as \`https://example.com/privacy\`.`,
  }),
};

/** A best guess at the key someone meant: `Website Bezoeker` → `website-bezoeker`. */
function toKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Explains one ajv error (anyOf errors are handled by the caller). */
export function explainError(error: CompiledError, path: PolicyPath, data: unknown): SchemaFinding {
  const value = valueAt(data, path);
  const name = fieldName(path);
  const finding = (messageId: string, message: LocalizedText, at: "key" | "value" = "value", where = path): SchemaFinding => ({
    keyword: error.keyword,
    messageId,
    message,
    path: where,
    at,
  });
  const view = (): SchemaView | undefined => {
    const found = schemaAt(data, path);
    return found && settle(found, value);
  };

  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = propertyNames(view());
      const guess = didYouMean(key, allowed);
      if (guess !== undefined) {
        return withExtra({ suggestion: guess }, finding(
          "unknownKeyDidYouMean",
          sentence(
            { nl: `Onbekend veld ${code(key)}: bedoelde u ${code(guess)}?`, en: `Unknown field ${code(key)}: did you mean ${code(guess)}?` },
            explained(guess, propertyDescription(view(), guess)),
          ),
          "key",
          [...path, key],
        ));
      }
      const names = list(allowed, "and");
      return finding(
        "unknownKey",
        {
          nl: `Onbekend veld ${code(key)}; dit veld bestaat hier niet. Toegestaan zijn: ${names.nl}.`,
          en: `Unknown field ${code(key)}; it does not exist here. Allowed are: ${names.en}.`,
        },
        "key",
        [...path, key],
      );
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return withExtra({ missing }, finding(
        "missingField",
        sentence(
          {
            nl: `Het verplichte veld ${code(missing)} ontbreekt in ${name.nl}.`,
            en: `The required field ${code(missing)} is missing from ${name.en}.`,
          },
          explained(missing, propertyDescription(view(), missing)),
        ),
        "key",
      ));
    }
    case "type": {
      const expected = typeWords(String(error.params.type).split(",")[0] ?? "");
      const actual = valueWords(value);
      return finding("wrongType", {
        nl: `${capitalize(name.nl)} moet ${expected.nl} zijn, maar hier staat ${actual.nl}.`,
        en: `${capitalize(name.en)} must be ${expected.en}, but this is ${actual.en}.`,
      });
    }
    case "enum": {
      const allowed = (error.params.allowedValues as readonly unknown[] | undefined) ?? [];
      const strings = allowed.map(String);
      const guess = typeof value === "string" ? didYouMean(value, strings) : undefined;
      const guessText = guess === undefined ? undefined : enumValueDescription(view(), guess);
      const options = list(strings, "or");
      return finding(guess === undefined ? "notAllowedValue" : "notAllowedValueDidYouMean", {
        nl:
          `${code(value)} is geen toegestane waarde voor ${name.nl}.` +
          (guess === undefined ? "" : ` Bedoelde u ${code(guess)}${guessText ? ` (${guessText.nl})` : ""}?`) +
          ` Kies uit ${options.nl}.`,
        en:
          `${code(value)} is not an allowed value for ${name.en}.` +
          (guess === undefined ? "" : ` Did you mean ${code(guess)}${guessText ? ` (${guessText.en})` : ""}?`) +
          ` Choose from ${options.en}.`,
      });
    }
    case "const": {
      const allowed = error.params.allowedValue;
      const actual = valueWords(value);
      // `format: "1"` looks right but is text; say why it is still wrong.
      const quoted = typeof value === "string" && typeof allowed !== "string" && value.trim() === String(allowed);
      return finding("wrongConstant", {
        nl: `${capitalize(name.nl)} moet precies ${code(allowed)} zijn; hier staat ${actual.nl}.${quoted ? " Laat de aanhalingstekens weg." : ""}`,
        en: `${capitalize(name.en)} must be exactly ${code(allowed)}; this is ${actual.en}.${quoted ? " Remove the quotes." : ""}`,
      });
    }
    case "pattern": {
      const help = patternHelp[String(error.params.pattern)];
      if (help) return finding("badPattern", help(String(value)));
      const description = view()?.description;
      return finding("badPattern", {
        nl: `${code(value)} heeft niet de juiste vorm voor ${name.nl}.${description ? ` ${description.nl}` : ""}`,
        en: `${code(value)} does not have the right form for ${name.en}.${description ? ` ${description.en}` : ""}`,
      });
    }
    case "format": {
      const help = formatHelp[String(error.params.format)];
      if (help) return finding("badFormat", help(String(value)));
      return finding("badFormat", {
        nl: `${code(value)} is geen geldige waarde voor ${name.nl} (verwacht: ${String(error.params.format)}).`,
        en: `${code(value)} is not a valid value for ${name.en} (expected: ${String(error.params.format)}).`,
      });
    }
    case "minItems":
      return finding("emptyList", {
        nl: `De lijst ${name.nl} is leeg; noem er ten minste ${String(error.params.limit)}, of laat het veld weg.`,
        en: `The list ${name.en} is empty; give at least ${String(error.params.limit)}, or leave the field out.`,
      });
    case "minLength":
      return finding("emptyText", {
        nl: `${capitalize(name.nl)} is leeg; vul de tekst in of laat het veld weg.`,
        en: `${capitalize(name.en)} is empty; fill in the text or leave the field out.`,
      });
    case "maxLength":
      return finding("tooLong", {
        nl: `${capitalize(name.nl)} is te lang: ${typeof value === "string" ? value.length : "?"} tekens, hoogstens ${String(error.params.limit)}.`,
        en: `${capitalize(name.en)} is too long: ${typeof value === "string" ? value.length : "?"} characters, at most ${String(error.params.limit)}.`,
      });
    case "uniqueItems": {
      const later = Math.max(Number(error.params.i), Number(error.params.j));
      const item = Array.isArray(value) ? (value as unknown[])[later] : undefined;
      return finding(
        "duplicateItem",
        {
          nl: `${code(item)} staat twee keer in de lijst ${name.nl}; verwijder één van beide.`,
          en: `${code(item)} appears twice in the list ${name.en}; remove one of them.`,
        },
        "value",
        [...path, later],
      );
    }
    case "propertyNames": {
      const key = String(error.params.propertyName);
      const help = patternHelp["^[a-z0-9][a-z0-9-]*$"];
      return finding("badKeyName", help ? help(key) : { nl: `Ongeldige sleutel ${code(key)}.`, en: `Invalid key ${code(key)}.` }, "key", [...path, key]);
    }
    default:
      return finding("invalid", {
        nl: `Ongeldige waarde voor ${name.nl} (${error.message ?? error.keyword}).`,
        en: `Invalid value for ${name.en} (${error.message ?? error.keyword}).`,
      });
  }
}

/** The message for an `anyOf` whose alternatives only name keys of which at least one must be present. */
export function explainMissingOneOf(path: PolicyPath, fields: readonly string[]): SchemaFinding {
  const names = list(fields, "or");
  const where = fieldName(path);
  return {
    keyword: "required",
    messageId: "missingOneOf",
    message: {
      nl: `Geef in ${where.nl} ten minste één van de velden ${names.nl}.`,
      en: `Give at least one of the fields ${names.en} in ${where.en}.`,
    },
    path,
    at: "key",
  };
}

/** The message for a value that fits none of an `anyOf`'s alternatives, not even by type. */
export function explainNoAlternative(path: PolicyPath, data: unknown, alternatives: readonly SchemaView[]): SchemaFinding {
  const value = valueAt(data, path);
  const phrases = alternatives.map(describeAlternative);
  const expected = {
    nl: phrases.map((phrase) => phrase.nl).join(" of "),
    en: phrases.map((phrase) => phrase.en).join(" or "),
  };
  const name = fieldName(path);
  const actual = valueWords(value);
  return {
    keyword: "type",
    messageId: "wrongTypeAlternatives",
    message: {
      nl: `${capitalize(name.nl)} moet ${expected.nl} zijn, maar hier staat ${actual.nl}.`,
      en: `${capitalize(name.en)} must be ${expected.en}, but this is ${actual.en}.`,
    },
    path,
    at: "value",
  };
}

function describeAlternative(view: SchemaView): LocalizedText {
  if (view.pointer === "/$defs/notApplicable") {
    return { nl: "`notApplicable:` met de reden", en: "`notApplicable:` with the reason" };
  }
  const type = typeof view.node.type === "string" ? view.node.type : "";
  if (type === "object" && view.node.required?.length) {
    const fields = list(view.node.required, "and");
    return { nl: `een groep velden met ${fields.nl}`, en: `a group of fields with ${fields.en}` };
  }
  if (type === "string" && view.node.enum) return { nl: "een van de toegestane codes", en: "one of the allowed codes" };
  return type ? typeWords(type) : { nl: "een waarde", en: "a value" };
}

function withExtra(extra: { suggestion?: string; missing?: string }, finding: SchemaFinding): SchemaFinding {
  return { ...finding, ...extra };
}

function capitalize(text: string): string {
  return text.charAt(0) === "`" ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
