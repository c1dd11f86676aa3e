/**
 * The tool's own failures (exit 2): it could not run as asked. Problems *in a policy* are never
 * thrown; they are diagnostics.
 */
import type { LocalizedText } from "./diagnostic.js";

export type ToolErrorCode =
  | "usage"
  | "file-not-found"
  | "not-a-file"
  | "unreadable"
  | "bad-config"
  | "output"
  | "internal";

export class ToolError extends Error {
  readonly code: ToolErrorCode;
  readonly text: LocalizedText;

  constructor(code: ToolErrorCode, text: LocalizedText, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = "ToolError";
    this.code = code;
    this.text = text;
  }
}

/** Exit codes shared by every command. */
export const ExitCode = { clean: 0, policyErrors: 1, couldNotRun: 2 } as const;
