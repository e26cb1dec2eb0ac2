/**
 * Independent checks for the seed's tests. They read wall-clock time with Intl rather than the
 * seed's own calendar helpers, so a time zone bug in the seed cannot hide from its own test.
 */

export interface ScheduledVisit {
  id?: string;
  clinicianUserId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface HoursRow {
  weekday: number;
  opensAt: string;
  closesAt: string;
}

/** Date, weekday (0 = Sunday) and minutes after midnight of an instant on a zone's wall clock. */
export function wallClock(instant: Date, timeZone: string): { date: string; weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return { date: `${part('year')}-${part('month')}-${part('day')}`, weekday, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

function clockMinutes(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** Every visit that starts or ends outside the clinic's opening hours, described for a failure message. */
export function outsideOpeningHours(visits: ScheduledVisit[], hours: HoursRow[], timeZone: string): string[] {
  const problems: string[] = [];
  for (const visit of visits) {
    const start = wallClock(visit.startsAt, timeZone);
    const end = wallClock(visit.endsAt, timeZone);
    const day = hours.find((row) => row.weekday === start.weekday);
    const fits =
      day !== undefined &&
      end.date === start.date &&
      start.minutes >= clockMinutes(day.opensAt) &&
      end.minutes <= clockMinutes(day.closesAt) &&
      end.minutes > start.minutes;
    if (!fits) problems.push(`${visit.id} ${start.date} weekday ${start.weekday} ${start.minutes}-${end.minutes}`);
  }
  return problems;
}

/** Every pair of one clinician's visits whose times overlap. */
export function overlappingVisits(visits: ScheduledVisit[]): string[] {
  const problems: string[] = [];
  const byClinician = new Map<string, ScheduledVisit[]>();
  for (const visit of visits) byClinician.set(visit.clinicianUserId, [...(byClinician.get(visit.clinicianUserId) ?? []), visit]);
  for (const own of byClinician.values()) {
    // Sorted by start, any overlap shows up between neighbours.
    const sorted = [...own].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    sorted.forEach((visit, index) => {
      const next = sorted[index + 1];
      if (next && next.startsAt.getTime() < visit.endsAt.getTime()) problems.push(`${visit.id} overlaps ${next.id}`);
    });
  }
  return problems;
}
