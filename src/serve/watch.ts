/**
 * Watches policy files for saves. It watches their folders rather than the files themselves:
 * editors that save by writing a new file and renaming it over the old one (vim, many IDEs)
 * replace the inode a file watch would follow. Events of one save come in bursts (truncate,
 * write, rename), so they are collected for a short quiet period before one callback.
 */
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Stops watching. */
export type StopWatching = () => void;

/**
 * Calls `onChange` with the set of changed files (absolute paths from `files`) once no event
 * came for `quietMs` milliseconds.
 */
export function watchFiles(files: readonly string[], onChange: (changed: Set<string>) => void, quietMs = 30): StopWatching {
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = dirname(file);
    if (!byFolder.has(folder)) byFolder.set(folder, new Set());
    byFolder.get(folder)!.add(basename(file));
  }
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    const changed = pending;
    pending = new Set();
    onChange(changed);
  };
  const watchers: FSWatcher[] = [...byFolder].map(([folder, names]) =>
    watch(folder, { persistent: true }, (_event, name) => {
      // Without a name (rare, platform-dependent) any watched file of the folder may have changed.
      const hits = name === null ? [...names] : names.has(name.toString()) ? [name.toString()] : [];
      if (hits.length === 0) return;
      for (const hit of hits) pending.add(join(folder, hit));
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, quietMs);
    }));
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
