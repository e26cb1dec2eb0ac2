import type { Principal } from '@/server/access/principal';
import { listMessageThreads } from '@/server/messaging/list-threads';
import { readOwnChart } from '@/server/patients/read-own-chart';
import { listMyAppointments } from '@/server/scheduling/list-my-appointments';
import type { ScheduleEntry } from '@/server/scheduling/schedule-views.schemas';
import { clinicSettingsOf } from './clinic-time-zone.repo';

export interface PatientDashboard {
  nextVisit: ScheduleEntry | null;
  latestVisits: ScheduleEntry[];
  unreadMessages: number;
  openConversations: number;
  medications: { id: string; name: string; detail: string }[];
  allergies: { id: string; substance: string; severity: string }[];
  hasRecord: boolean;
  timeZone: string;
}

/** The patient's home: composed from the use-cases behind each screen, so each keeps its own checks and audit. */
export async function readPatientDashboard(principal: Principal, now = new Date()): Promise<PatientDashboard> {
  const [appointments, chart, threads, clinic] = await Promise.all([
    listMyAppointments(principal, now),
    readOwnChart(principal),
    listMessageThreads(principal).catch(() => ({ items: [], unread: 0 })),
    clinicSettingsOf(principal.active?.clinicId ?? ''),
  ]);
  return {
    nextVisit: appointments.upcoming.find((entry) => entry.status === 'booked') ?? null,
    latestVisits: appointments.past.filter((entry) => entry.status === 'completed').slice(0, 3),
    unreadMessages: threads.unread,
    openConversations: threads.items.filter((item) => item.status === 'open').length,
    medications: (chart?.medications ?? []).filter((m) => m.status === 'active').map((m) => ({ id: m.id, name: m.genericName, detail: [m.dose, m.route, m.frequency].filter(Boolean).join(' · ') })),
    allergies: (chart?.allergies ?? []).map((a) => ({ id: a.id, substance: a.substance, severity: a.severity })),
    hasRecord: chart !== null,
    timeZone: clinic.timeZone,
  };
}
