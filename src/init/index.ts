/**
 * `privacy-notice init`: writes a new policy from the commented template. The result validates at
 * once and is already in `fmt`'s canonical layout; `lint` then lists what is still to be written.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { ToolError, type Language } from "../diagnostics/index.js";
import { formatPolicyText, toStringOptions } from "../format-policy/index.js";
import { policyTemplate } from "./template.js";

export { policyTemplate, type TemplateInput } from "./template.js";

export interface InitOptions {
  readonly id: string;
  readonly controller: string;
  readonly language: Language;
  readonly chapters: readonly string[];
  /** Folder the policy is written to (created when missing). */
  readonly dir: string;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const schemaFile = fileURLToPath(new URL("../../schema/policy.schema.json", import.meta.url));

/** The file a policy id is written to. */
export function policyFile(dir: string, id: string): string {
  return join(dir, `${id}.yaml`);
}

/** Checks ids the way the schema does, before anything is asked or written (a usage error, exit 2). */
export function checkId(id: string, what: { readonly nl: string; readonly en: string }): void {
  if (!ID_PATTERN.test(id) || id.length > 80) {
    throw new ToolError("usage", {
      nl: `${what.nl} "${id}" is geen geldige sleutel: gebruik kleine letters, cijfers en streepjes, beginnend met een letter of cijfer (bijvoorbeeld "klant").`,
      en: `${what.en} "${id}" is not a valid key: use lowercase letters, digits and hyphens, starting with a letter or digit (for example "customer").`,
    });
  }
}

/** The policy text for these options, in canonical layout. */
export function renderPolicy(options: Omit<InitOptions, "dir"> & { readonly dir?: string }): string {
  checkId(options.id, { nl: "De sleutel", en: "The key" });
  if (options.chapters.length === 0) {
    throw new ToolError("usage", { nl: "Geef minstens één hoofdstuk op.", en: "Give at least one chapter." });
  }
  const seen = new Set<string>();
  for (const chapter of options.chapters) {
    checkId(chapter, { nl: "Het hoofdstuk", en: "The chapter" });
    if (seen.has(chapter)) {
      throw new ToolError("usage", { nl: `Het hoofdstuk "${chapter}" staat er twee keer in.`, en: `The chapter "${chapter}" is given twice.` });
    }
    seen.add(chapter);
  }
  const controller = options.controller.replace(/\s+/g, " ").trim();
  if (controller === "") {
    throw new ToolError("usage", { nl: "De naam van de verwerkingsverantwoordelijke is leeg.", en: "The controller's name is empty." });
  }
  const schemaPath = relative(resolve(options.dir ?? "."), schemaFile).split(sep).join("/");
  const text = policyTemplate({ ...options, controller, schemaPath }, (value) => stringify(value, toStringOptions).trimEnd());
  // Through the formatter, so that a new policy is already what `fmt --check` expects.
  return formatPolicyText(text);
}

/** Writes a new policy; never overwrites an existing file (exit 2). Returns the file written. */
export async function initPolicy(options: InitOptions): Promise<{ readonly file: string; readonly text: string }> {
  const text = renderPolicy(options);
  const file = policyFile(options.dir, options.id);
  await mkdir(options.dir, { recursive: true }).catch((cause: NodeJS.ErrnoException) => {
    throw new ToolError("output", { nl: `Kan de map ${options.dir} niet maken (${cause.code ?? cause.message}).`, en: `Cannot create the folder ${options.dir} (${cause.code ?? cause.message}).` }, { cause });
  });
  // `wx` fails when the file exists, also when it appeared after the check the command made.
  await writeFile(file, text, { encoding: "utf8", flag: "wx" }).catch((cause: NodeJS.ErrnoException) => {
    throw cause.code === "EEXIST" ? existsError(file) : new ToolError("output", { nl: `Kan ${file} niet schrijven (${cause.code ?? cause.message}).`, en: `Cannot write ${file} (${cause.code ?? cause.message}).` }, { cause });
  });
  return { file, text };
}

export function existsError(file: string): ToolError {
  return new ToolError("output", {
    nl: `${file} bestaat al. init overschrijft nooit een bestaand bestand: kies een andere sleutel of map, of verwijder het bestand eerst.`,
    en: `${file} already exists. init never overwrites an existing file: choose another key or folder, or remove the file first.`,
  });
}

/** A key made from a name: "Fietsapp B.V." → "fietsapp-bv". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug;
}
