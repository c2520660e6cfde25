/** Runs `work` with `concurrency` loops until `total` items are done; returns items per second. */
export async function throughput(total: number, concurrency: number, work: (index: number, worker: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let index = next++; index < total; index = next++) await work(index, worker);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function row(label: string, value: number | string, unit = ''): void {
  const shown = typeof value === 'number' ? Math.round(value).toLocaleString('en-US') : value;
  console.log(`${label.padEnd(58)} ${String(shown).padStart(12)} ${unit}`);
}
