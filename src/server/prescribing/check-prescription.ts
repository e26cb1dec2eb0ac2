import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { checkPrescriptionAlerts } from './check-prescription-alerts';
import { prescribingFieldErrors } from './field-errors';
import { prescriptionCheckSchema, type PrescriptionCheck } from './prescription.schemas';
import { checkListsOf } from './prescriptions.repo';
import { requirePrescriberVisit } from './prescribing-access';

/** Runs as the clinician types the drug: interactions with the patient's medications, allergy conflicts, duplicates. */
export async function checkPrescription(principal: Principal, appointmentId: unknown, raw: unknown): Promise<PrescriptionCheck> {
  const ctx = await requirePrescriberVisit(principal, appointmentId, 'prescription.check');
  const parsed = prescriptionCheckSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(prescribingFieldErrors(parsed.error));
  const lists = await checkListsOf(ctx.clinicId, ctx.patientId);
  return checkPrescriptionAlerts(parsed.data.drug, lists.medications, lists.allergies);
}
