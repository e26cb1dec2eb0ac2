import { z } from 'zod';

const day = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
export const statsRangeSchema = z.object({ from: day.optional(), to: day.optional() });

export interface ClinicStats {
  range: { from: string; to: string; timeZone: string };
  totals: { appointments: number; cancelled: number; noShows: number; attended: number; newPatients: number; cancellationRate: number; noShowRate: number };
  perDay: { day: string; total: number; cancelled: number; noShow: number; attended: number; newPatients: number }[];
  utilisation: { clinicianId: string; name: string; bookedMinutes: number; availableMinutes: number; rate: number }[];
  staff: { role: string; active: number; deactivated: number }[];
  /** null when billing is off on this platform (no payments are taken online). */
  revenue: ClinicRevenue | null;
  subscription: ClinicSubscription | null;
}

export interface ClinicRevenue {
  /** The currency charted per day: the one with the most collected in the range (a clinic charges in one). */
  currency: string | null;
  /** `amount` in major units of `currency` (for the chart); `collected` formatted. */
  perDay: { day: string; amount: number; collected: string }[];
  totals: { currency: string; payments: number; collected: string; refunded: string; fees: string; net: string }[];
}

export interface ClinicSubscription {
  billingEnabled: boolean;
  plan: 'local' | 'starter' | 'pro';
  status: string | null;
  pastDue: boolean;
  graceEndsAt: string | null;
  seats: number | null;
  seatsUsed: number;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
}
