import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { visitTypes } from '@/db/schema/clinics';
import { patients } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import type { AppointmentStatus } from './appointment.schemas';
import type { AppointmentScope } from './appointments.repo';

export interface NamedAppointmentRow {
  id: string;
  patientId: string;
  clinicianUserId: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  givenName: string;
  familyName: string;
  clinicianName: string | null;
  visitTypeName: string;
  visitTypeId: string;
  mode: 'in_person' | 'video';
}

/** Appointments with the names a screen shows, for people allowed to see them (the scope comes from the use-case). */
export async function listNamedAppointments(clinicId: string, scope: AppointmentScope, range: { from?: Date; to?: Date }, order: 'asc' | 'desc', limit: number): Promise<NamedAppointmentRow[]> {
  const conditions: (SQL | undefined)[] = [eq(appointments.clinicId, clinicId)];
  if (range.from) conditions.push(gte(appointments.startsAt, range.from));
  if (range.to) conditions.push(lt(appointments.startsAt, range.to));
  if ('patientId' in scope) conditions.push(eq(appointments.patientId, scope.patientId));
  if ('clinicianUserId' in scope) conditions.push(eq(appointments.clinicianUserId, scope.clinicianUserId));
  return (await db())
    .select({
      id: appointments.id,
      patientId: appointments.patientId,
      clinicianUserId: appointments.clinicianUserId,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      givenName: patients.givenName,
      familyName: patients.familyName,
      clinicianName: users.name,
      visitTypeName: visitTypes.name,
      visitTypeId: visitTypes.id,
      mode: visitTypes.mode,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(users, eq(users.id, appointments.clinicianUserId))
    .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
    .where(and(...conditions))
    .orderBy(order === 'asc' ? asc(appointments.startsAt) : desc(appointments.startsAt))
    .limit(limit);
}

/** The clinic's patients by name, for the front desk's booking form. */
export async function listClinicPatients(clinicId: string, limit: number): Promise<{ id: string; givenName: string; familyName: string; recordNumber: string }[]> {
  return (await db())
    .select({ id: patients.id, givenName: patients.givenName, familyName: patients.familyName, recordNumber: patients.recordNumber })
    .from(patients)
    .where(eq(patients.clinicId, clinicId))
    .orderBy(asc(patients.familyName), asc(patients.givenName))
    .limit(limit);
}
