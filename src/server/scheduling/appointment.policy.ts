import type { Principal } from '@/server/access/principal';
import type { AppointmentStatus, SettableStatus } from './appointment.schemas';

const HOUR = 3_600_000;

/** How the acting person relates to the schedule of their active clinic. */
export type SchedulingActor =
  | { kind: 'patient'; clinicId: string }
  | { kind: 'clinician'; clinicId: string; userId: string }
  | { kind: 'clinic_staff'; clinicId: string };

/**
 * Who may use the clinic's schedule, from the principal's permissions (permissions.ts), never role names:
 * staff who manage the schedule, patients who manage their own appointments. A clinician sees their
 * own diary; other schedule staff (clinic admins, front desk) the whole clinic's.
 */
export function schedulingActorOf(principal: Principal): SchedulingActor | null {
  const clinicId = principal.active?.clinicId;
  if (!clinicId) return null;
  if (principal.permissions.has('schedule:manage')) {
    return principal.active?.role === 'clinician' ? { kind: 'clinician', clinicId, userId: principal.userId } : { kind: 'clinic_staff', clinicId };
  }
  if (principal.permissions.has('own-appointments:manage')) return { kind: 'patient', clinicId };
  return null;
}

/** Patients change or cancel online only until the clinic's notice period before the visit. */
export function withinNoticePeriod(start: Date, now: Date, noticeHours: number): boolean {
  return start.getTime() - now.getTime() < noticeHours * HOUR;
}

/** The status changes staff may make; cancelled and completed are final (a new visit is a new booking). */
const transitions: Record<AppointmentStatus, readonly SettableStatus[]> = {
  booked: ['arrived', 'no_show', 'cancelled'],
  arrived: ['completed', 'booked'],
  no_show: ['booked'],
  completed: [],
  cancelled: [],
};

export function canMoveTo(from: AppointmentStatus, to: SettableStatus): boolean {
  return transitions[from].includes(to);
}

/** A no-show can only be recorded once the visit should have started. */
export function tooEarlyFor(status: SettableStatus, start: Date, now: Date): boolean {
  return status === 'no_show' && now < start;
}
