/** The few questions `init` asks on a terminal when `--yes` is not given (node:readline/promises). */
import { createInterface } from "node:readline/promises";
import type { Language } from "../diagnostics/index.js";

export interface Answers {
  readonly controller: string;
  readonly language: Language;
  readonly chapters: readonly string[];
  readonly id: string;
}

export interface Defaults {
  readonly controller: string | undefined;
  readonly language: Language | undefined;
  readonly chapters: readonly string[] | undefined;
  readonly id: string | undefined;
}

/** Where the questions are asked: the terminal, or streams in tests. */
export interface Io {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

/** Asks only for what the command line did not give; Enter takes the default in brackets. */
export async function askQuestions(
  defaults: Defaults,
  lang: Language,
  suggestId: (controller: string, language: Language) => string,
  io: Io = { input: process.stdin, output: process.stdout },
): Promise<Answers> {
  const nl = lang === "nl";
  const rl = createInterface({ input: io.input, output: io.output });
  try {
    const ask = async (question: string, fallback: string): Promise<string> => {
      const answer = (await rl.question(`${question} [${fallback}] `)).trim();
      return answer === "" ? fallback : answer;
    };
    const controller =
      defaults.controller ?? (await ask(nl ? "Naam van de organisatie (verwerkingsverantwoordelijke)?" : "Name of the organisation (controller)?", nl ? "Naam van uw organisatie" : "Your organisation"));
    let language = defaults.language;
    while (!language) {
      const answer = await ask(nl ? "Taal van de melding (nl of en)?" : "Language of the notice (nl or en)?", "nl");
      if (answer === "nl" || answer === "en") language = answer;
      else io.output.write(nl ? "Kies nl of en.\n" : "Choose nl or en.\n");
    }
    const chapters =
      defaults.chapters ??
      splitList(
        await ask(
          nl ? "Hoofdstukken, één per groep betrokkenen, gescheiden door komma's?" : "Chapters, one per group of data subjects, separated by commas?",
          language === "nl" ? "klant,websitebezoeker" : "customer,website-visitor",
        ),
      );
    const id = defaults.id ?? (await ask(nl ? "Sleutel van de melding (bestandsnaam)?" : "Key of the notice (file name)?", suggestId(controller, language)));
    return { controller, language, chapters, id };
  } finally {
    rl.close();
  }
}

/** "a, b,,c" → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
