// Eleventy 3 and its Handlebars plugin ship no TypeScript types; this is the part we use.
declare module "@11ty/eleventy" {
  export interface EleventyUserConfig {
    addPlugin(plugin: unknown, options?: unknown): void;
    addGlobalData(name: string, data: unknown): void;
    setTemplateFormats(formats: readonly string[] | string): void;
    setQuietMode(quiet: boolean): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    setIncludesDirectory(dir: string): void;
    setUseTemplateCache(use: boolean): void;
    readonly benchmarkManager: {
      setVerboseOutput(verbose: boolean): void;
      get(group: string): { setIsVerbose(verbose: boolean): void };
    };
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    config?: (config: EleventyUserConfig) => void | Promise<void>;
  }
  export interface EleventyWriteResult {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
    content: string;
  }
  export class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    disableLogger(): void;
    /** For the file system: `[passthroughCopies, templates]`. */
    write(): Promise<[unknown[], EleventyWriteResult[]]>;
  }
}

declare module "@11ty/eleventy-plugin-handlebars" {
  const plugin: (config: unknown, options?: unknown) => void;
  export default plugin;
}
