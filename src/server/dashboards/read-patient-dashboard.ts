import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { formatMoney } from '@/server/billing/money';
import { billingEnabled } from '@/server/billing/stripe-client';
import { listVisitSummaries } from '@/server/encounters/list-visit-summaries';
import { listMessageThreads } from '@/server/messaging/list-threads';
import { readOwnChart } from '@/server/patients/read-own-chart';
import { listMyAppointments } from '@/server/scheduling/list-my-appointments';
import type { ScheduleEntry } from '@/server/scheduling/schedule-views.schemas';
import { clinicSettingsOf } from './clinic-time-zone.repo';
import { intakeStatusOf, paymentsDueOf } from './patient-dashboard.repo';

export interface PaymentDue {
  id: string;
  amount: string;
  dueBy: string;
  visitStart: string;
  visitTypeName: string;
}

export interface PatientDashboard {
  nextVisit: (ScheduleEntry & { intakeStatus: 'draft' | 'submitted' | null }) | null;
  latestVisits: ScheduleEntry[];
  summaries: { appointmentId: string; startsAt: string; clinicianName: string | null; reason: string | null }[];
  unreadMessages: number;
  openConversations: number;
  medications: { id: string; name: string; detail: string }[];
  allergies: { id: string; substance: string; severity: string }[];
  /** null when billing is off on this platform: nothing is ever paid online. */
  paymentsDue: PaymentDue[] | null;
  hasRecord: boolean;
  timeZone: string;
}

/** The patient's home: composed from the use-cases behind each screen, so each keeps its own checks and audit. */
export async function readPatientDashboard(principal: Principal, now = new Date()): Promise<PatientDashboard> {
  const clinicId = principal.active?.role === 'patient' ? (principal.active.clinicId ?? null) : null;
  const [appointments, chart, threads, clinic, due] = await Promise.all([
    listMyAppointments(principal, now),
    readOwnChart(principal),
    listMessageThreads(principal).catch(() => ({ items: [], unread: 0 })),
    clinicSettingsOf(clinicId ?? ''),
    clinicId && billingEnabled() ? paymentsDueOf(clinicId, principal.userId, now) : Promise.resolve(null),
  ]);
  const nextVisit = appointments.upcoming.find((entry) => entry.status === 'booked') ?? null;
  const [intakeStatus, summaries] = await Promise.all([
    nextVisit && clinicId ? intakeStatusOf(clinicId, principal.userId, nextVisit.id) : null,
    // Without a record (a new sign-up) there is nothing to summarise; the use-case audits the read.
    chart ? listVisitSummaries(principal) : [],
  ]);
  if (due && due.length > 0) await insertAuditEvent(auditEventOf(principal, { action: 'visit_payment.list', entityType: 'patient', entityId: due[0]!.patientId }, 'allowed'));
  return {
    nextVisit: nextVisit ? { ...nextVisit, intakeStatus } : null,
    latestVisits: appointments.past.filter((entry) => entry.status === 'completed').slice(0, 3),
    summaries: summaries.slice(0, 3).map((s) => ({ appointmentId: s.appointmentId, startsAt: s.startsAt, clinicianName: s.clinicianName, reason: s.summary.reason })),
    unreadMessages: threads.unread,
    openConversations: threads.items.filter((item) => item.status === 'open').length,
    medications: (chart?.medications ?? []).filter((m) => m.status === 'active').map((m) => ({ id: m.id, name: m.genericName, detail: [m.dose, m.route, m.frequency].filter(Boolean).join(' · ') })),
    allergies: (chart?.allergies ?? []).map((a) => ({ id: a.id, substance: a.substance, severity: a.severity })),
    paymentsDue: due ? due.map((p) => ({ id: p.id, amount: formatMoney(p.amountMinor, p.currency), dueBy: p.holdExpiresAt.toISOString(), visitStart: p.startsAt.toISOString(), visitTypeName: p.visitTypeName })) : null,
    hasRecord: chart !== null,
    timeZone: clinic.timeZone,
  };
}
