/**
 * The `privacy-notice` command line. Each command lives in `commands/<name>.ts` and registers
 * itself; heavy dependencies (Eleventy, pdfkit, ajv) are imported inside the action so that
 * `validate` and `lint` start fast.
 */
import { Command, CommanderError } from "commander";
import { ExitCode } from "../diagnostics/index.js";
import { reportToolFailure } from "./output.js";
import { toolVersion } from "../version.js";
import * as validate from "./commands/validate.js";
import * as lint from "./commands/lint.js";
import * as rules from "./commands/rules.js";
import * as explain from "./commands/explain.js";
import * as build from "./commands/build.js";
import * as diff from "./commands/diff.js";
import * as fmt from "./commands/fmt.js";
import * as init from "./commands/init.js";
import * as serve from "./commands/serve.js";

export interface CommandModule {
  register(program: Command): void;
}

const commands: readonly CommandModule[] = [validate, lint, rules, explain, build, diff, fmt, init, serve];

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command("privacy-notice")
    .description("Validate, lint and publish privacy notices kept as one YAML policy source.")
    .version(toolVersion, "-v, --version")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const command of commands) command.register(program);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.clean;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? ExitCode.clean : ExitCode.couldNotRun;
    }
    return reportToolFailure(error);
  }
}
