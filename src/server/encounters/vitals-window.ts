/** Vitals count for a visit from a day before it (or before now, if it is still ahead) onwards. */
export function vitalsWindowStart(startsAt: Date, now: Date): Date {
  return new Date(Math.min(startsAt.getTime(), now.getTime()) - 24 * 3600_000);
}
