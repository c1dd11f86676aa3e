/**
 * `privacy-notice serve [files…]`: a local preview of the notices that rebuilds on every save and
 * reloads the open pages. Serves from memory on 127.0.0.1:8080 by default; Ctrl-C stops it
 * (exit 0). Exit 2 when the port is taken or the tool cannot run as asked.
 */
import { Option, type Command } from "commander";
import { ToolError, type Language } from "../../diagnostics/index.js";
import { languageOption, reportToolFailure, setLanguage } from "../output.js";
import { useColor } from "./lint.js";

interface ServeCommandOptions {
  readonly port: string;
  readonly host: string;
  readonly templates?: string;
  readonly site?: string;
  readonly lang: Language;
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("preview the notices in a browser; rebuilds and reloads on every save (default: policy/*.yaml)")
    .argument("[files...]", "policy YAML files")
    .addOption(new Option("--port <port>", "port to listen on (0: any free port)").default("8080"))
    .addOption(new Option("--host <host>", "address to listen on; only this computer by default").default("127.0.0.1"))
    .option("--templates <dir>", "folder of layouts/partials that replace the default templates")
    .option("--site <file>", "page furniture (header, footer, call to action); default privacy-notice.site.yaml when present")
    .addOption(languageOption())
    .action(async (files: string[], options: ServeCommandOptions) => {
      setLanguage(options.lang);
      try {
        const port = parsePort(options.port);
        const { startPreview } = await import("../../serve/server.js");
        const preview = await startPreview({
          files,
          port,
          host: options.host,
          lang: options.lang,
          templatesDir: options.templates,
          siteConfigFile: options.site,
          color: useColor(process.env, process.stderr.isTTY === true),
        });
        process.stdout.write(options.lang === "nl"
          ? `privacy-notice: voorbeeld op ${preview.url} (Ctrl-C stopt)\n`
          : `privacy-notice: preview at ${preview.url} (Ctrl-C stops)\n`);
        await stopSignal();
        await preview.close();
        process.exitCode = 0;
      } catch (error) {
        process.exitCode = reportToolFailure(error);
      }
    });
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new ToolError("usage", {
      nl: `--port moet een getal van 0 tot en met 65535 zijn, niet "${text}".`,
      en: `--port must be a number from 0 to 65535, not "${text}".`,
    });
  }
  return port;
}

/** Resolves on Ctrl-C (SIGINT) or SIGTERM. */
function stopSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
