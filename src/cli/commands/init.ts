/**
 * `privacy-notice init [id]`: starts a new policy from a commented template. On a terminal, without
 * `--yes`, it asks for the controller, language and chapters. It never overwrites a file (exit 2).
 */
import { Option, type Command } from "commander";
import { ExitCode, type Language } from "../../diagnostics/index.js";
import { languageOption, setLanguage } from "../output.js";

interface InitCommandOptions {
  readonly lang: Language;
  readonly dir: string;
  readonly controller?: string;
  readonly language?: Language;
  readonly chapters?: string;
  readonly yes?: boolean;
}

export function register(program: Command): void {
  program
    .command("init")
    .description("start a new policy from a commented template that validates at once")
    .argument("[id]", "key of the notice; the file becomes <dir>/<id>.yaml")
    .option("--dir <dir>", "folder to write the policy to", "policy")
    .option("--controller <name>", "name of the controller (the organisation)")
    .addOption(new Option("--language <language>", "language of the notice").choices(["nl", "en"]))
    .option("--chapters <ids>", "chapter keys, comma-separated (one per group of data subjects)")
    .option("--yes", "ask nothing; use defaults for what is not given")
    .addOption(languageOption())
    .action(async (id: string | undefined, options: InitCommandOptions) => {
      setLanguage(options.lang);
      process.exitCode = await runInit(id, options);
    });
}

async function runInit(givenId: string | undefined, options: InitCommandOptions): Promise<number> {
  const { access } = await import("node:fs/promises");
  const { checkId, existsError, initPolicy, policyFile, slugify } = await import("../../init/index.js");
  const { askQuestions, splitList } = await import("../../init/questions.js");
  const nl = options.lang === "nl";
  const suggestId = (controller: string, language: Language): string => {
    const slug = slugify(controller);
    return slug === "" ? (language === "nl" ? "privacyverklaring" : "privacy-notice") : `${slug}-${language}`;
  };
  const exists = async (id: string): Promise<boolean> => access(policyFile(options.dir, id)).then(() => true, () => false);

  // Fail before asking anything when the named file exists already.
  if (givenId !== undefined) {
    checkId(givenId, { nl: "De sleutel", en: "The key" });
    if (await exists(givenId)) throw existsError(policyFile(options.dir, givenId));
  }
  const given = {
    controller: options.controller,
    language: options.language,
    chapters: options.chapters === undefined ? undefined : splitList(options.chapters),
    id: givenId,
  };
  const interactive = options.yes !== true && process.stdin.isTTY === true && process.stdout.isTTY === true;
  const answers = interactive
    ? await askQuestions(given, options.lang, suggestId)
    : (() => {
        const language = given.language ?? "nl";
        const controller = given.controller ?? (language === "nl" ? "Naam van uw organisatie" : "Your organisation");
        return {
          controller,
          language,
          chapters: given.chapters ?? [language === "nl" ? "klant" : "customer"],
          id: given.id ?? suggestId(given.controller ?? "", language),
        };
      })();

  const { file } = await initPolicy({ ...answers, dir: options.dir });
  process.stdout.write(
    nl
      ? `${file} aangemaakt.\nVolgende stap: privacy-notice lint ${file}\nElke melding van lint is iets dat nog in de melding moet; de opmerkingen in het bestand leggen uit hoe.\n`
      : `${file} created.\nNext step: privacy-notice lint ${file}\nEvery lint finding is something the notice still needs; the comments in the file explain how.\n`,
  );
  return ExitCode.clean;
}
