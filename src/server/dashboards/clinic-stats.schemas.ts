import { z } from 'zod';

const day = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
export const statsRangeSchema = z.object({ from: day.optional(), to: day.optional() });

export interface ClinicStats {
  range: { from: string; to: string; timeZone: string };
  totals: { appointments: number; cancelled: number; noShows: number; attended: number; newPatients: number; cancellationRate: number; noShowRate: number };
  perDay: { day: string; total: number; cancelled: number; noShow: number; attended: number; newPatients: number }[];
  utilisation: { clinicianId: string; name: string; bookedMinutes: number; availableMinutes: number; rate: number }[];
  staff: { role: string; active: number; deactivated: number }[];
}
