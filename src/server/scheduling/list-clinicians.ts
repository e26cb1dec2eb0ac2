import type { Principal } from '@/server/access/principal';
import { clinicianViewSchema, type ClinicianView } from './appointment.schemas';
import { requireSchedulingActor } from './scheduling-access';
import { listClinicianMembers, listOfferedVisitTypes } from './schedule.repo';

/** The clinic's bookable clinicians: active clinician memberships, with the active visit types each offers. */
export async function listClinicians(principal: Principal, clinicId: string): Promise<{ clinicians: ClinicianView[] }> {
  const { clinic } = await requireSchedulingActor(principal, { action: 'schedule.clinicians.list', entityType: 'clinic', entityId: clinicId }, clinicId);
  const [members, offered] = await Promise.all([listClinicianMembers(clinic.id), listOfferedVisitTypes(clinic.id)]);
  return {
    clinicians: members
      .filter((member) => member.status === 'active')
      .map((member) =>
        clinicianViewSchema.parse({
          id: member.userId,
          name: member.name ?? 'Clinician',
          visitTypeIds: offered.filter((o) => o.clinicianUserId === member.userId).map((o) => o.visitTypeId),
        }),
      ),
  };
}
