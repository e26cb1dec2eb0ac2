/**
 * Where a signed prescription stands today. The table keeps no status of its own, so it is derived:
 * - ended: the clinic stopped the medicine on the chart (or the chart entry is gone);
 * - expired: the supply has run out, refills included (signed + duration × (refills + 1) days);
 * - active: otherwise.
 */
export type PrescriptionStatus = 'active' | 'ended' | 'expired';

const DAY_MS = 86_400_000;

export interface PrescriptionTerms {
  signedAt: Date;
  durationDays: number;
  refills: number;
  /** The status of its entry on the chart's medication list; null when that entry was removed. */
  medicationStatus: 'active' | 'stopped' | null;
}

/** The day the supply runs out, refills included. */
export function supplyEndsAt(p: Pick<PrescriptionTerms, 'signedAt' | 'durationDays' | 'refills'>): Date {
  return new Date(p.signedAt.getTime() + p.durationDays * (p.refills + 1) * DAY_MS);
}

export function prescriptionStatusOf(p: PrescriptionTerms, now: Date): PrescriptionStatus {
  if (p.medicationStatus !== 'active') return 'ended';
  return supplyEndsAt(p) <= now ? 'expired' : 'active';
}
