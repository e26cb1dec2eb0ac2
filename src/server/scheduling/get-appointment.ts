import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { z } from 'zod';
import type { AppointmentDetail } from './appointment.schemas';
import { appointmentDetail } from './appointment-views';
import { findVisibleAppointment } from './find-visible-appointment';

/** One appointment the caller may see; the read is audited (it says who sees whom, and when). */
export async function getAppointment(principal: Principal, appointmentId: string): Promise<AppointmentDetail> {
  // A malformed id cannot exist: the same 404 as an unknown one.
  if (!z.uuid().safeParse(appointmentId).success) throw notFound('The appointment');
  const { clinic, row } = await findVisibleAppointment(principal, appointmentId, 'appointment.read');
  await insertAuditEvent(auditEventOf(principal, { action: 'appointment.read', entityType: 'appointment', entityId: row.id }, 'allowed'));
  return appointmentDetail(row, clinic.timeZone);
}
