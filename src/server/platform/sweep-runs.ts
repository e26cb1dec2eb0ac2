/**
 * When this instance last started each background sweep. Kept in memory, per instance, on purpose: it answers
 * "is this instance's timer alive?" on the health page, which is a property of the process, not of the data.
 * Nothing else reads it, so the scale-out rule (no shared state in memory) is kept. Empty until the first sweep.
 */
export type SweepName = 'accounts-and-exports' | 'payment-holds';

const holder = globalThis as typeof globalThis & { __clinixaiSweepRuns?: Map<SweepName, Date> };

export function noteSweepRun(name: SweepName, at = new Date()): void {
  (holder.__clinixaiSweepRuns ??= new Map()).set(name, at);
}

export function sweepRuns(): { name: SweepName; lastRunAt: Date | null }[] {
  const runs = holder.__clinixaiSweepRuns;
  return (['accounts-and-exports', 'payment-holds'] as const).map((name) => ({ name, lastRunAt: runs?.get(name) ?? null }));
}
