import { addDays, compareDates, parseIsoDate, weekdayOf, type LocalDate } from '@/lib/time-zones';

/** How many times each weekday (0 = Sunday) occurs from `from` to `to`, both included. */
export function weekdayCounts(from: string, to: string): number[] {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return counts;
  for (let day: LocalDate = start; compareDates(day, end) <= 0; day = addDays(day, 1)) counts[weekdayOf(day)]! += 1;
  return counts;
}

/**
 * Booked share of working time per clinician: booked minutes / weekly working minutes over the range. Time off is
 * not subtracted (it would need every exception in the range), so the rate is a lower bound on a week with leave.
 */
export function utilisationOf(
  booked: { clinicianId: string; name: string | null; minutes: number }[],
  weekly: { clinicianId: string; name: string | null; weekday: number; minutes: number }[],
  counts: number[],
) {
  const people = new Map<string, { name: string; booked: number; available: number }>();
  for (const row of weekly) {
    const entry = people.get(row.clinicianId) ?? { name: row.name ?? 'Clinician', booked: 0, available: 0 };
    entry.available += row.minutes * (counts[row.weekday] ?? 0);
    people.set(row.clinicianId, entry);
  }
  for (const row of booked) {
    const entry = people.get(row.clinicianId) ?? { name: row.name ?? 'Clinician', booked: 0, available: 0 };
    entry.booked += row.minutes;
    people.set(row.clinicianId, entry);
  }
  return [...people.entries()]
    .map(([clinicianId, entry]) => ({ clinicianId, name: entry.name, bookedMinutes: entry.booked, availableMinutes: entry.available, rate: entry.available > 0 ? Math.round((entry.booked / entry.available) * 1000) / 10 : 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
