import { addDays, localDateOf, parseIsoDate, toIsoDate } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { listMessageThreads } from '@/server/messaging/list-threads';
import type { ThreadSummary } from '@/server/messaging/messaging.schemas';
import { listAppointments } from '@/server/scheduling/list-appointments';
import { listDaySchedule, type DaySchedule } from '@/server/scheduling/list-day-schedule';

export interface ClinicianDashboard {
  day: DaySchedule;
  week: { day: string; visits: number; cancelled: number }[];
  inbox: { unread: number; open: number; mine: number; latest: ThreadSummary[] };
}

/**
 * The clinician's day: today's schedule in the clinic's zone, the coming seven days as counts, and the shared
 * inbox. Red flags and unsigned notes need the intake and notes modules, which are not part of this build.
 */
export async function readClinicianDashboard(principal: Principal, now = new Date()): Promise<ClinicianDashboard> {
  const day = await listDaySchedule(principal, undefined, now);
  const start = parseIsoDate(day.today) ?? localDateOf(now, day.timeZone);
  const days = Array.from({ length: 7 }, (_, i) => toIsoDate(addDays(start, i)));
  const [visits, threads] = await Promise.all([
    listAppointments(principal, { from: days[0], to: days[6] }),
    listMessageThreads(principal, { status: 'open' }),
  ]);
  const week = days.map((iso) => {
    const ofDay = visits.appointments.filter((a) => toIsoDate(localDateOf(new Date(a.start), day.timeZone)) === iso);
    return { day: iso, visits: ofDay.filter((a) => a.status !== 'cancelled').length, cancelled: ofDay.filter((a) => a.status === 'cancelled').length };
  });
  return {
    day,
    week,
    inbox: { unread: threads.unread, open: threads.items.length, mine: threads.items.filter((t) => t.assignedUserId === principal.userId).length, latest: threads.items.slice(0, 5) },
  };
}
