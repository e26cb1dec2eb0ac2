import { formatIsoInZone } from '@/lib/time-zones';
import { appointmentDetailSchema, appointmentViewSchema, type AppointmentDetail, type AppointmentView } from './appointment.schemas';
import type { AppointmentRow } from './appointments.repo';

/** Raw rows never leave the server: these pick the published fields, times with the clinic's offset. */
export function appointmentView(row: AppointmentRow, timeZone: string): AppointmentView {
  return appointmentViewSchema.parse({
    id: row.id,
    clinicId: row.clinicId,
    clinicianId: row.clinicianUserId,
    patientId: row.patientId,
    visitTypeId: row.visitTypeId,
    start: formatIsoInZone(row.startsAt, timeZone),
    end: formatIsoInZone(row.endsAt, timeZone),
    status: row.status,
  });
}

export function appointmentDetail(row: AppointmentRow, timeZone: string): AppointmentDetail {
  return appointmentDetailSchema.parse({ ...appointmentView(row, timeZone), reason: row.reason, timeZone });
}
