// Tiny measuring helpers shared by the bench sections: no timed assertions, only figures to compare
// side by side with a baseline measured in the same run.
export interface Rate {
  readonly label: string;
  readonly perSecond: number;
}

/** Calls `fn` in batches for about `millis` ms (after a warm-up) and returns calls per second. */
export function throughput(label: string, fn: () => unknown, millis = 1000): Rate {
  const batch = 1000;
  const warmUntil = performance.now() + millis / 4;
  while (performance.now() < warmUntil) for (let i = 0; i < batch; i++) fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < millis) {
    for (let i = 0; i < batch; i++) fn();
    calls += batch;
    now = performance.now();
  }
  return { label, perSecond: (calls * 1000) / (now - start) };
}

/** Median wall time of `runs` calls, in milliseconds. */
export async function medianMillis(fn: () => unknown | Promise<unknown>, runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

export const formatRate = (perSecond: number) => `${Math.round(perSecond).toLocaleString("en-US")}/s`;

/** CPU time (user + system) per call of `fn`, in milliseconds, over `runs` calls after one warm-up. */
export function cpuMillis(fn: () => unknown, runs = 5): number {
  fn();
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}
