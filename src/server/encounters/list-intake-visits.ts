import type { Principal } from '@/server/access/principal';
import { notFound } from '@/lib/errors';
import { findOwnPatientId } from '@/server/scheduling/appointments.repo';
import { ownVisitClinicOf } from './encounter.policy';
import { upcomingVisitsOf } from './intakes.repo';

export interface IntakeVisit {
  appointmentId: string;
  startsAt: string;
  clinicianName: string | null;
  intakeStatus: 'draft' | 'submitted' | null;
}

/** The patient's upcoming visits, each with whether its intake is not started, a draft or sent. */
export async function listIntakeVisits(principal: Principal, now = new Date()): Promise<IntakeVisit[]> {
  const clinicId = ownVisitClinicOf(principal);
  if (!clinicId) throw notFound('The page');
  const patientId = await findOwnPatientId(clinicId, principal.userId);
  if (!patientId) return [];
  const rows = await upcomingVisitsOf(clinicId, patientId, new Date(now.getTime() - 12 * 3600_000));
  return rows.map((r) => ({ appointmentId: r.id, startsAt: r.startsAt.toISOString(), clinicianName: r.clinicianName, intakeStatus: r.intakeStatus }));
}
