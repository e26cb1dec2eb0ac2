import type { Principal } from '@/server/access/principal';
import type { PrescriptionView } from './prescription.schemas';
import { prescriptionViewOf } from './prescription-view';
import { listPrescriptionsOfVisit } from './prescriptions.repo';
import { requirePrescriberVisit } from './prescribing-access';

export async function listVisitPrescriptions(principal: Principal, appointmentId: unknown): Promise<PrescriptionView[]> {
  const ctx = await requirePrescriberVisit(principal, appointmentId, 'prescription.list');
  return (await listPrescriptionsOfVisit(ctx.clinicId, ctx.appointmentId)).map(prescriptionViewOf);
}
