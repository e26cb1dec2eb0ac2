import type { clinicianVisitTypes, workingHours } from '../schema/scheduling';
import type { ClinicSpec } from './demo-types';
import { stableUuid } from './stable-id';

export type WorkingHoursRow = typeof workingHours.$inferInsert;
export type ClinicianVisitTypeRow = typeof clinicianVisitTypes.$inferInsert;

/**
 * Each demo clinician works the clinic's opening hours and offers every visit type, so the booking
 * screens have slots from the first `npm start`. Ids derive from stable keys, like every seed row.
 */
export function clinicianSchedules(
  spec: ClinicSpec,
  clinicId: string,
  userIdOf: (email: string) => string,
  visitTypeIdOf: (kind: string) => string,
): { workingHours: WorkingHoursRow[]; clinicianVisitTypes: ClinicianVisitTypeRow[] } {
  const clinicians = spec.staff.filter((member) => member.role === 'clinician');
  return {
    workingHours: clinicians.flatMap((member) =>
      spec.openingHours.map((hours) => ({
        id: stableUuid(`${spec.key}:working-hours:${member.email}:${hours.weekday}`),
        clinicId,
        clinicianUserId: userIdOf(member.email),
        weekday: hours.weekday,
        startsAt: hours.opensAt,
        endsAt: hours.closesAt,
      })),
    ),
    clinicianVisitTypes: clinicians.flatMap((member) =>
      spec.visitTypes.map((type) => ({ clinicId, clinicianUserId: userIdOf(member.email), visitTypeId: visitTypeIdOf(type.kind) })),
    ),
  };
}
