import { validationFailed } from '@/lib/errors';
import { addDays, firstInstantAtOrAfter, parseIsoDate } from '@/lib/time-zones';

const DAY = 86_400_000;

/**
 * A from/to pair from a query: instants as given, or calendar days read in the clinic's zone
 * (a day-only `to` includes that whole day). Errors name the field.
 */
export function resolveRange(from: string, to: string, timeZone: string, maxDays: number): { from: Date; to: Date } {
  const start = boundOf(from, timeZone, false);
  const end = boundOf(to, timeZone, true);
  if (end <= start) throw validationFailed({ to: ['"to" must be after "from".'] });
  if (end.getTime() - start.getTime() > maxDays * DAY) throw validationFailed({ to: [`Ask for at most ${maxDays} days at a time.`] });
  return { from: start, to: end };
}

function boundOf(value: string, timeZone: string, endOfDay: boolean): Date {
  const day = parseIsoDate(value);
  if (day) return firstInstantAtOrAfter(endOfDay ? addDays(day, 1) : day, 0, timeZone);
  return new Date(value);
}
