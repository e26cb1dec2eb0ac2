import { addDays, clockMinutes, compareDates, firstInstantAtOrAfter, instantsAtWallTime, localDateOf, wallClockOf, weekdayOf, type LocalDate } from '@/lib/time-zones';

/**
 * The slot engine: pure, no database, no clock of its own. Everything is computed from instants;
 * clinic-local wall-clock times are turned into instants day by day in the clinic's zone, so a day
 * with a daylight-saving change is simply shorter or longer.
 *
 * Rules around daylight saving (documented in the README's scheduling section):
 * - A working range covers the real time from the first instant its start time is on the wall
 *   clock to the first instant its end time is. A boundary inside the spring-forward gap is the
 *   moment the clocks jump (02:30 -> 03:00 new time); a boundary in the repeated hour is its first
 *   occurrence.
 * - Slot starts are the instants whose wall-clock time is on the clinic's grid. A start time in the
 *   gap (02:30 on spring-forward day) does not exist, so there is no slot. A start time in the
 *   repeated hour (01:30 on fall-back day) happens twice, and both are offered when both fall in
 *   working hours: they are different real times the clinician works, told apart by their offset
 *   (-04:00 / -05:00) and by the zone name shown beside them.
 */
export interface WorkingRange {
  /** 0 = Sunday ... 6 = Saturday, clinic-local. */
  weekday: number;
  /** "HH:MM" or "HH:MM:SS", clinic-local; end may be "24:00". */
  startsAt: string;
  endsAt: string;
}

export interface Interval {
  from: Date;
  until: Date;
}

export interface VisitShape {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export interface SlotInput {
  timeZone: string;
  workingHours: readonly WorkingRange[];
  /** Time off, absolute instants. */
  exceptions: readonly Interval[];
  /** Blocked ranges (visit plus buffers) of the clinician's appointments that are not cancelled. */
  blocked: readonly Interval[];
  visit: VisitShape;
  stepMinutes: number;
  /** Slots starting in [from, to). */
  from: Date;
  to: Date;
  now: Date;
  horizonDays: number;
}

export interface Slot {
  start: Date;
  end: Date;
  blockedFrom: Date;
  blockedUntil: Date;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const overlaps = (a: Interval, b: Interval) => a.from < b.until && b.from < a.until;

/** Real-time working intervals for the local days from `first` to `last`, merged where they touch. */
export function workingIntervals(input: Pick<SlotInput, 'timeZone' | 'workingHours'>, first: LocalDate, last: LocalDate): Interval[] {
  const intervals: Interval[] = [];
  for (let day = first; compareDates(day, last) <= 0; day = addDays(day, 1)) {
    for (const range of input.workingHours.filter((r) => r.weekday === weekdayOf(day))) {
      const from = firstInstantAtOrAfter(day, clockMinutes(range.startsAt), input.timeZone);
      const until = firstInstantAtOrAfter(day, clockMinutes(range.endsAt), input.timeZone);
      if (from < until) intervals.push({ from, until });
    }
  }
  intervals.sort((a, b) => a.from.getTime() - b.from.getTime());
  const merged: Interval[] = [];
  for (const next of intervals) {
    const last = merged.at(-1);
    if (last && next.from <= last.until) last.until = next.until > last.until ? next.until : last.until;
    else merged.push({ ...next });
  }
  return merged;
}

/** The slot that starts at `start` for this visit shape: the visit and the time it blocks. */
export function slotAt(start: Date, visit: VisitShape): Slot {
  const end = new Date(start.getTime() + visit.durationMinutes * MINUTE);
  return {
    start,
    end,
    blockedFrom: new Date(start.getTime() - visit.bufferBeforeMinutes * MINUTE),
    blockedUntil: new Date(end.getTime() + visit.bufferAfterMinutes * MINUTE),
  };
}

/** Grid starts of one local day, only near its working ranges (two hours either side covers any DST shift). */
function gridStarts(day: LocalDate, input: SlotInput): Date[] {
  const ranges = input.workingHours.filter((r) => r.weekday === weekdayOf(day));
  const earliest = Math.max(0, Math.min(...ranges.map((r) => clockMinutes(r.startsAt))) - 120);
  const latest = Math.min(1440, Math.max(...ranges.map((r) => clockMinutes(r.endsAt))) + 120);
  const starts: Date[] = [];
  for (let minute = Math.ceil(earliest / input.stepMinutes) * input.stepMinutes; minute < latest; minute += input.stepMinutes) {
    starts.push(...instantsAtWallTime(day, minute, input.timeZone));
  }
  return starts;
}

/** Why a start is not bookable, or null when it is. The booking use-case asks this of the requested start. */
export function unavailableReason(slot: Slot, input: SlotInput, working: readonly Interval[]): 'past' | 'beyond_horizon' | 'outside_hours' | 'time_off' | 'taken' | null {
  if (slot.start < input.now) return 'past';
  if (slot.start.getTime() >= input.now.getTime() + input.horizonDays * DAY) return 'beyond_horizon';
  const blocked = { from: slot.blockedFrom, until: slot.blockedUntil };
  if (!working.some((w) => w.from <= blocked.from && blocked.until <= w.until)) return 'outside_hours';
  if (input.exceptions.some((e) => overlaps(e, blocked))) return 'time_off';
  if (input.blocked.some((b) => overlaps(b, blocked))) return 'taken';
  return null;
}

/** Local days whose working time may reach into [from, to): a day either side covers any offset. */
function daysAround(input: SlotInput): { first: LocalDate; last: LocalDate } {
  return { first: addDays(localDateOf(input.from, input.timeZone), -1), last: addDays(localDateOf(input.to, input.timeZone), 1) };
}

export function workingIntervalsFor(input: SlotInput): Interval[] {
  const { first, last } = daysAround(input);
  return workingIntervals(input, first, last);
}

/** Available slots starting in [from, to), earliest first. */
export function availableSlots(input: SlotInput): Slot[] {
  if (input.to <= input.from || input.stepMinutes <= 0 || input.visit.durationMinutes <= 0) return [];
  const working = workingIntervalsFor(input);
  if (working.length === 0) return [];
  const { first, last } = daysAround(input);
  const seen = new Set<number>();
  const slots: Slot[] = [];
  for (let day = first; compareDates(day, last) <= 0; day = addDays(day, 1)) {
    if (!input.workingHours.some((r) => r.weekday === weekdayOf(day))) continue;
    for (const start of gridStarts(day, input)) {
      if (start < input.from || start >= input.to || seen.has(start.getTime())) continue;
      seen.add(start.getTime());
      const slot = slotAt(start, input.visit);
      if (unavailableReason(slot, input, working) === null) slots.push(slot);
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Whether `start` is on the clinic's grid: a whole minute whose wall-clock minute of the day is a multiple of the step. */
export function isOnGrid(start: Date, input: Pick<SlotInput, 'timeZone' | 'stepMinutes'>): boolean {
  return start.getTime() % MINUTE === 0 && wallClockOf(start, input.timeZone).minuteOfDay % input.stepMinutes === 0;
}
