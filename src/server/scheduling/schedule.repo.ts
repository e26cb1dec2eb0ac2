import { and, asc, eq, gt, lt, ne } from 'drizzle-orm';
import { db } from '@/db/instance';
import { users } from '@/db/schema/auth';
import { clinics, memberships, visitTypes } from '@/db/schema/clinics';
import { appointments, clinicianVisitTypes, scheduleExceptions, workingHours } from '@/db/schema/scheduling';
import type { Interval, WorkingRange } from './slots';

export interface ClinicSchedulingSettings {
  id: string;
  name: string;
  timeZone: string;
  slotStepMinutes: number;
  bookingHorizonDays: number;
  cancellationNoticeHours: number;
}

export async function findClinicSettings(clinicId: string): Promise<ClinicSchedulingSettings | undefined> {
  const [row] = await (await db())
    .select({
      id: clinics.id,
      name: clinics.name,
      timeZone: clinics.timeZone,
      slotStepMinutes: clinics.slotStepMinutes,
      bookingHorizonDays: clinics.bookingHorizonDays,
      cancellationNoticeHours: clinics.cancellationNoticeHours,
    })
    .from(clinics)
    .where(eq(clinics.id, clinicId))
    .limit(1);
  return row;
}

export interface ClinicianRow {
  userId: string;
  name: string | null;
  status: 'active' | 'deactivated';
}

/** The clinic's clinicians (active and deactivated), by name. */
export async function listClinicianMembers(clinicId: string): Promise<ClinicianRow[]> {
  return (await db())
    .select({ userId: memberships.userId, name: users.name, status: memberships.status })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.clinicId, clinicId), eq(memberships.role, 'clinician')))
    .orderBy(asc(users.name));
}

/** Which active visit types each clinician of the clinic offers. */
export async function listOfferedVisitTypes(clinicId: string): Promise<{ clinicianUserId: string; visitTypeId: string }[]> {
  return (await db())
    .select({ clinicianUserId: clinicianVisitTypes.clinicianUserId, visitTypeId: clinicianVisitTypes.visitTypeId })
    .from(clinicianVisitTypes)
    .innerJoin(visitTypes, eq(visitTypes.id, clinicianVisitTypes.visitTypeId))
    .where(and(eq(clinicianVisitTypes.clinicId, clinicId), eq(visitTypes.active, true)))
    .orderBy(asc(visitTypes.durationMinutes), asc(visitTypes.name));
}

export interface VisitTypeRow {
  id: string;
  name: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  mode: 'in_person' | 'video';
  active: boolean;
}

const visitTypeColumns = {
  id: visitTypes.id,
  name: visitTypes.name,
  durationMinutes: visitTypes.durationMinutes,
  bufferBeforeMinutes: visitTypes.bufferBeforeMinutes,
  bufferAfterMinutes: visitTypes.bufferAfterMinutes,
  mode: visitTypes.mode,
  active: visitTypes.active,
};

export async function listVisitTypes(clinicId: string): Promise<VisitTypeRow[]> {
  return (await db()).select(visitTypeColumns).from(visitTypes).where(eq(visitTypes.clinicId, clinicId)).orderBy(asc(visitTypes.durationMinutes), asc(visitTypes.name));
}

/** Scoped by clinic: another clinic's visit type is not found. */
export async function findVisitType(clinicId: string, visitTypeId: string): Promise<VisitTypeRow | undefined> {
  const [row] = await (await db())
    .select(visitTypeColumns)
    .from(visitTypes)
    .where(and(eq(visitTypes.clinicId, clinicId), eq(visitTypes.id, visitTypeId)))
    .limit(1);
  return row;
}

export async function offersVisitType(clinicId: string, clinicianUserId: string, visitTypeId: string): Promise<boolean> {
  const [row] = await (await db())
    .select({ id: clinicianVisitTypes.visitTypeId })
    .from(clinicianVisitTypes)
    .where(and(eq(clinicianVisitTypes.clinicId, clinicId), eq(clinicianVisitTypes.clinicianUserId, clinicianUserId), eq(clinicianVisitTypes.visitTypeId, visitTypeId)))
    .limit(1);
  return Boolean(row);
}

export async function workingHoursOf(clinicId: string, clinicianUserId: string): Promise<WorkingRange[]> {
  return (await db())
    .select({ weekday: workingHours.weekday, startsAt: workingHours.startsAt, endsAt: workingHours.endsAt })
    .from(workingHours)
    .where(and(eq(workingHours.clinicId, clinicId), eq(workingHours.clinicianUserId, clinicianUserId)));
}

/** The clinician's time off overlapping [from, until). */
export async function exceptionsOf(clinicId: string, clinicianUserId: string, from: Date, until: Date): Promise<Interval[]> {
  return (await db())
    .select({ from: scheduleExceptions.startsAt, until: scheduleExceptions.endsAt })
    .from(scheduleExceptions)
    .where(and(eq(scheduleExceptions.clinicId, clinicId), eq(scheduleExceptions.clinicianUserId, clinicianUserId), lt(scheduleExceptions.startsAt, until), gt(scheduleExceptions.endsAt, from)));
}

/**
 * Time the clinician is already booked, in any clinic (the database refuses overlaps across clinics
 * too); only the intervals leave this function, never whose appointments they are.
 */
export async function blockedRangesOf(clinicianUserId: string, from: Date, until: Date, exceptAppointmentId?: string): Promise<Interval[]> {
  return (await db())
    .select({ from: appointments.blockedFrom, until: appointments.blockedUntil })
    .from(appointments)
    .where(
      and(
        eq(appointments.clinicianUserId, clinicianUserId),
        ne(appointments.status, 'cancelled'),
        lt(appointments.blockedFrom, until),
        gt(appointments.blockedUntil, from),
        exceptAppointmentId ? ne(appointments.id, exceptAppointmentId) : undefined,
      ),
    );
}
