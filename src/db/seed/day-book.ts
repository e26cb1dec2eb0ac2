import { clockMinutes, toIsoDate, weekdayOf, type LocalDate } from './clinic-calendar';
import type { OpeningHoursSpec, VisitTypeSpec } from './demo-types';

// Appointments start on a 10-minute grid from opening time, as a receptionist would book them.
const GRID_MINUTES = 10;

interface Window {
  open: number;
  close: number;
}

/**
 * Each clinician's booked time per clinic-local day. A visit occupies its duration plus its
 * buffers, and must fit entirely inside opening hours; occupied spans never overlap, so no
 * clinician is ever double-booked, whatever the status of the appointments.
 */
export class DayBook {
  private readonly windows = new Map<number, Window>();
  private readonly busy = new Map<string, Array<[number, number]>>();

  constructor(hours: OpeningHoursSpec[]) {
    for (const entry of hours) {
      this.windows.set(entry.weekday, { open: clockMinutes(entry.opensAt), close: clockMinutes(entry.closesAt) });
    }
  }

  isOpen(date: LocalDate): boolean {
    return this.windows.has(weekdayOf(date));
  }

  /** Opening and closing minute of the day (undefined when closed), to spread preferred start times across it. */
  window(date: LocalDate): Window | undefined {
    return this.windows.get(weekdayOf(date));
  }

  /**
   * Books the first free grid start at or after `preferredMinute`, else the first one before it.
   * Returns the start minute (after local midnight), or null when the day has no room.
   */
  place(clinician: string, date: LocalDate, visit: VisitTypeSpec, preferredMinute: number): number | null {
    const window = this.window(date);
    if (!window) return null;
    const key = `${clinician}|${toIsoDate(date)}`;
    const spans = this.busy.get(key) ?? [];
    const starts: number[] = [];
    for (let start = window.open; start + visit.durationMinutes <= window.close; start += GRID_MINUTES) starts.push(start);
    const ordered = [...starts.filter((start) => start >= preferredMinute), ...starts.filter((start) => start < preferredMinute)];
    for (const start of ordered) {
      const from = start - visit.bufferBeforeMinutes;
      const to = start + visit.durationMinutes + visit.bufferAfterMinutes;
      if (from < window.open || to > window.close) continue;
      if (spans.some(([busyFrom, busyTo]) => from < busyTo && busyFrom < to)) continue;
      spans.push([from, to]);
      this.busy.set(key, spans);
      return start;
    }
    return null;
  }
}
