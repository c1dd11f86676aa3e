/** Shared CLI plumbing: language choice and reporting of the tool's own failures (exit 2). */
import { Option } from "commander";
import { ExitCode, ToolError, type Language } from "../diagnostics/index.js";

/** `--lang nl|en`, Dutch by default, as every command offers it. */
export function languageOption(): Option {
  return new Option("--lang <lang>", "language of messages (nl or en)").choices(["nl", "en"]).default("nl");
}

let currentLanguage: Language = "nl";
export function setLanguage(language: Language): void {
  currentLanguage = language;
}

/** Prints a ToolError in plain words (a stack trace only for genuine bugs) and returns exit 2. */
export function reportToolFailure(error: unknown): number {
  if (error instanceof ToolError) {
    process.stderr.write(`privacy-notice: ${error.text[currentLanguage]}\n`);
    return ExitCode.couldNotRun;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(
    currentLanguage === "nl"
      ? `privacy-notice: interne fout, meld dit als bug:\n${message}\n`
      : `privacy-notice: internal error, please report this as a bug:\n${message}\n`,
  );
  return ExitCode.couldNotRun;
}
