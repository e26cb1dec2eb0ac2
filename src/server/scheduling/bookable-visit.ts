import { AppError, validationFailed } from '@/lib/errors';
import type { ClinicSchedulingSettings, VisitTypeRow } from './schedule.repo';
import { findVisitType, listClinicianMembers, offersVisitType } from './schedule.repo';

/**
 * Checks that a clinician and visit type of the clinic can be booked together. Another clinic's ids
 * are simply not found (404); a deactivated clinician, an inactive visit type or one the clinician
 * does not offer is a 422 naming the field.
 */
export async function requireBookableVisit(clinic: ClinicSchedulingSettings, clinicianId: string, visitTypeId: string): Promise<VisitTypeRow> {
  const [members, visitType] = await Promise.all([listClinicianMembers(clinic.id), findVisitType(clinic.id, visitTypeId)]);
  const clinician = members.find((member) => member.userId === clinicianId);
  if (!clinician) throw new AppError('not_found', 'The clinician was not found at this clinic.', { clinicianId: ['No such clinician at this clinic.'] });
  if (!visitType) throw new AppError('not_found', 'The visit type was not found at this clinic.', { visitTypeId: ['No such visit type at this clinic.'] });
  if (clinician.status !== 'active') throw validationFailed({ clinicianId: ['This clinician no longer takes bookings at this clinic.'] });
  if (!visitType.active) throw validationFailed({ visitTypeId: ['This visit type is no longer offered.'] });
  if (!(await offersVisitType(clinic.id, clinicianId, visitTypeId))) {
    throw validationFailed({ visitTypeId: ['This clinician does not offer this visit type; choose another.'] });
  }
  return visitType;
}
