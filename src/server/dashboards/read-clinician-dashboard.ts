import { addDays, firstInstantAtOrAfter, localDateOf, parseIsoDate, toIsoDate } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { redFlagRules } from '@/server/clinical-ai/evaluate-red-flags';
import { canDocumentVisits, canSeeIntakeAlerts } from '@/server/encounters/encounter.policy';
import { listMessageThreads } from '@/server/messaging/list-threads';
import type { ThreadSummary } from '@/server/messaging/messaging.schemas';
import { listAppointments } from '@/server/scheduling/list-appointments';
import { listDaySchedule, type DaySchedule } from '@/server/scheduling/list-day-schedule';
import { redFlagVisitsOf, unsignedNotesOf } from './clinician-dashboard.repo';

export interface RedFlagVisit {
  appointmentId: string;
  start: string;
  patientName: string;
  urgency: 'emergency' | 'urgent';
  flags: string[];
  unacknowledged: number;
}

export interface ClinicianDashboard {
  day: DaySchedule;
  week: { day: string; visits: number; cancelled: number }[];
  inbox: { unread: number; open: number; mine: number; latest: ThreadSummary[] };
  redFlags: RedFlagVisit[];
  unsignedNotes: { count: number; oldest: { appointmentId: string; start: string; patientName: string }[] };
}

const ruleTitles = new Map(redFlagRules.map((rule) => [rule.id, rule.title]));

/**
 * The clinician's day: visits whose intake raised a red flag (emergency first), today's schedule in the clinic's
 * zone, notes still to sign, the coming seven days as counts, and the shared inbox. Red flags and drafts are the
 * clinician's own visits only; reading them is audited like the schedule (they name patients).
 */
export async function readClinicianDashboard(principal: Principal, now = new Date()): Promise<ClinicianDashboard> {
  const day = await listDaySchedule(principal, undefined, now);
  const start = parseIsoDate(day.today) ?? localDateOf(now, day.timeZone);
  const days = Array.from({ length: 7 }, (_, i) => toIsoDate(addDays(start, i)));
  const clinicId = principal.active?.clinicId ?? null;
  const startOfToday = firstInstantAtOrAfter(start, 0, day.timeZone);
  const [visits, threads, flags, drafts] = await Promise.all([
    listAppointments(principal, { from: days[0], to: days[6] }),
    listMessageThreads(principal, { status: 'open' }),
    clinicId && canSeeIntakeAlerts(principal) ? redFlagVisitsOf(clinicId, principal.userId, startOfToday) : Promise.resolve([]),
    clinicId && canDocumentVisits(principal) ? unsignedNotesOf(clinicId, principal.userId) : Promise.resolve({ count: 0, oldest: [] }),
  ]);
  if (flags.length > 0) await insertAuditEvent(auditEventOf(principal, { action: 'intake.red_flag.list', entityType: 'intake_alert', entityId: null }, 'allowed'));
  if (drafts.oldest.length > 0) await insertAuditEvent(auditEventOf(principal, { action: 'note.unsigned.list', entityType: 'clinical_note', entityId: null }, 'allowed'));
  const week = days.map((iso) => {
    const ofDay = visits.appointments.filter((a) => toIsoDate(localDateOf(new Date(a.start), day.timeZone)) === iso);
    return { day: iso, visits: ofDay.filter((a) => a.status !== 'cancelled').length, cancelled: ofDay.filter((a) => a.status === 'cancelled').length };
  });
  return {
    day,
    week,
    inbox: { unread: threads.unread, open: threads.items.length, mine: threads.items.filter((t) => t.assignedUserId === principal.userId).length, latest: threads.items.slice(0, 5) },
    redFlags: flags.map((row) => ({
      appointmentId: row.appointmentId,
      start: row.startsAt.toISOString(),
      patientName: row.patientName,
      urgency: row.urgency,
      flags: row.ruleIds.map((id) => ruleTitles.get(id) ?? id),
      unacknowledged: row.unacknowledged,
    })),
    unsignedNotes: { count: drafts.count, oldest: drafts.oldest.map((n) => ({ appointmentId: n.appointmentId, start: n.startsAt.toISOString(), patientName: n.patientName })) },
  };
}
