import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { checkPrescriptionAlerts } from './check-prescription-alerts';
import { prescribingFieldErrors } from './field-errors';
import { prescriptionSchema } from './prescription.schemas';
import { checkListsOf, insertPrescription } from './prescriptions.repo';
import { requirePrescriberVisit } from './prescribing-access';

/**
 * Signs a medication request. The checks run again on the server at signing: a hard stop (ONC high-priority
 * interaction or allergy conflict) without an override reason is refused naming overrideReason; with one, the
 * override is audited. The drug joins the patient's medication list.
 */
export async function signPrescription(principal: Principal, appointmentId: unknown, raw: unknown): Promise<{ id: string }> {
  const ctx = await requirePrescriberVisit(principal, appointmentId, 'prescription.sign');
  const parsed = prescriptionSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(prescribingFieldErrors(parsed.error));
  const input = parsed.data;
  const lists = await checkListsOf(ctx.clinicId, ctx.patientId);
  const check = checkPrescriptionAlerts(input.drug, lists.medications, lists.allergies);
  if (check.requiresOverride && !input.overrideReason) {
    throw validationFailed({ overrideReason: ['This prescription has a hard-stop alert. Give a reason to override it, or change the drug.'] }, 'A hard-stop alert needs an override reason.');
  }
  const alerts = check.alerts.map((a) => ({ kind: a.kind, hardStop: a.hardStop, title: a.title }));
  const id = await insertPrescription(
    { clinicId: ctx.clinicId, patientId: ctx.patientId, appointmentId: ctx.appointmentId, input: check.requiresOverride ? input : { ...input, overrideReason: undefined }, alerts, prescriberUserId: principal.userId },
    (action, entityId) => auditEventOf(principal, { action, entityType: 'prescription', entityId }, 'allowed'),
  );
  return { id };
}
