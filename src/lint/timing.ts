/**
 * `TIMING=1 privacy-notice lint …` prints how long each rule took, as ESLint's TIMING does, so that
 * rule authors see which rules a policy makes slow. `TIMING=all` lists every rule; a number lists
 * that many (default 10).
 */

/** How many rules to list for a TIMING value; undefined when timing is off. */
export function timingLimit(value: string | undefined, ruleCount: number): number | undefined {
  if (value === undefined || value === "" || value === "0") return undefined;
  if (value === "all") return ruleCount;
  const count = Number.parseInt(value, 10);
  return Number.isInteger(count) && count > 1 ? count : 10;
}

/** A Markdown table of the slowest rules: time in milliseconds and share of all rules' time. */
export function timingTable(timings: ReadonlyMap<string, number>, limit: number): string {
  const total = [...timings.values()].reduce((sum, time) => sum + time, 0);
  const rows = [...timings]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id, time]) => [id, time.toFixed(3), `${total === 0 ? "0.0" : ((time * 100) / total).toFixed(1)}%`]);
  const header = ["Rule", "Time (ms)", "Relative"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ");
  const [first, time, relative] = widths as [number, number, number];
  const separator = `:${"-".repeat(first)}|${"-".repeat(time + 1)}:|${"-".repeat(relative)}:`;
  return [line(header), separator, ...rows.map(line)].join("\n") + "\n";
}
