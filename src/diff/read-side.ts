/**
 * Reads one side of a diff: a policy file, or `git:<rev>:<path>`, the file as committed in a
 * revision (read with `git show <rev>:<path>`, without a shell). What cannot be read is a ToolError.
 */
import { execFile } from "node:child_process";
import { ToolError } from "../diagnostics/index.js";
import { loadPolicyFile, MAX_POLICY_BYTES, parsePolicyBytes, type LoadedPolicy } from "../load/index.js";

export type SideSource =
  | { readonly kind: "file"; readonly label: string; readonly path: string }
  | { readonly kind: "git"; readonly label: string; readonly rev: string; readonly path: string };

/** Parses `git:<rev>:<path>` (the revision ends at the first colon) or a plain path. */
export function parseSide(argument: string): SideSource {
  if (!argument.startsWith("git:")) return { kind: "file", label: argument, path: argument };
  const rest = argument.slice("git:".length);
  const colon = rest.indexOf(":");
  const rev = colon === -1 ? "" : rest.slice(0, colon);
  const path = colon === -1 ? "" : rest.slice(colon + 1);
  if (rev === "" || path === "") {
    throw new ToolError("usage", {
      nl: `"${argument}" is geen geldige git-verwijzing. Schrijf git:<revisie>:<pad>, bijvoorbeeld git:HEAD~1:policy/coface-nl.yaml.`,
      en: `"${argument}" is not a valid git reference. Write git:<revision>:<path>, for example git:HEAD~1:policy/coface-nl.yaml.`,
    });
  }
  return { kind: "git", label: argument, rev, path };
}

/** Loads one side (YAML parsed, not yet validated). */
export async function loadSide(argument: string, cwd = process.cwd()): Promise<LoadedPolicy> {
  const source = parseSide(argument);
  if (source.kind === "file") return loadPolicyFile(source.path);
  return parsePolicyBytes(source.label, await gitShow(source.rev, source.path, source.label, cwd));
}

function gitShow(rev: string, path: string, label: string, cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["show", `${rev}:${path}`],
      { cwd, encoding: "buffer", maxBuffer: MAX_POLICY_BYTES + 1, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") {
          return reject(
            new ToolError("unreadable", {
              nl: `Kan ${label} niet lezen: het programma git is niet gevonden. Installeer git of vergelijk twee bestanden.`,
              en: `Cannot read ${label}: the git program was not found. Install git or compare two files.`,
            }, { cause: error }),
          );
        }
        if (code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") {
          return reject(
            new ToolError("unreadable", {
              nl: `${label} is groter dan ${MAX_POLICY_BYTES / 1024 / 1024} MB; is dit wel een policy?`,
              en: `${label} is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MB; is this a policy?`,
            }, { cause: error }),
          );
        }
        const detail = stderr.toString("utf8").trim().split("\n")[0] ?? "";
        reject(
          new ToolError("file-not-found", {
            nl: `Kan ${label} niet uit git lezen (${detail || error.message}). Controleer de revisie en het pad (vanaf de hoofdmap van de repository, of beginnend met ./).`,
            en: `Cannot read ${label} from git (${detail || error.message}). Check the revision and the path (from the repository root, or starting with ./).`,
          }, { cause: error }),
        );
      },
    );
  });
}
