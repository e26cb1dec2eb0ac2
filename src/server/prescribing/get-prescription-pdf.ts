import { z } from 'zod';
import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { findVisitContext } from '@/server/encounters/visit-context.repo';
import { canReadOwnMedications } from './own-medications.policy';
import { findOwnPrescription } from './own-medications.repo';
import { renderPrescriptionPdf } from './prescription-pdf';
import { findPrescription } from './prescriptions.repo';

/** Where the prescription was found: a prescriber's clinic, or the patient's own record. */
async function locate(principal: Principal, id: string | null) {
  const prescriberClinic = principal.permissions.has('prescriptions:write') ? principal.active?.clinicId : null;
  if (prescriberClinic) {
    const row = id ? await findPrescription(prescriberClinic, id) : undefined;
    return row ? { row, clinicId: prescriberClinic, patientCopy: false } : undefined;
  }
  if (canReadOwnMedications(principal)) {
    const row = id ? await findOwnPrescription(principal.userId, id) : undefined;
    return row ? { row, clinicId: row.clinicId, patientCopy: true } : undefined;
  }
  return undefined;
}

/**
 * The printable PDF of a signed prescription: for prescribers of its clinic, and for the patient it was written
 * for (acting as a patient, in any clinic they are a patient of), whose copy says it is theirs and not for
 * dispensing. Audited as prescription.print in the prescription's clinic; anyone else gets 404.
 */
export async function getPrescriptionPdf(principal: Principal, rawId: unknown): Promise<Uint8Array> {
  const parsed = z.uuid().safeParse(rawId);
  const id = parsed.success ? parsed.data : null;
  const mayPrint = principal.permissions.has('prescriptions:write') ? Boolean(principal.active?.clinicId) : canReadOwnMedications(principal);
  // Someone who may print learns only that the id is malformed (as the documents route does); everyone else gets 404.
  if (mayPrint && !id) throw validationFailed({ id: ['Not a prescription id.'] });
  const found = await locate(principal, id);
  const ctx = found ? await findVisitContext(found.clinicId, found.row.appointmentId) : undefined;
  if (!found || !ctx) {
    await recordDenial(principal, { action: 'prescription.print', entityType: 'prescription', entityId: id });
    throw notFound('The prescription');
  }
  const { row } = found;
  await insertAuditEvent({ ...auditEventOf(principal, { action: 'prescription.print', entityType: 'prescription', entityId: row.id }, 'allowed'), clinicId: found.clinicId });
  const address = [ctx.clinicAddress, ctx.clinicCity, ctx.clinicPostalCode, ctx.clinicCountry].filter(Boolean).join(', ');
  return renderPrescriptionPdf({
    clinic: { name: ctx.clinicName, address, phone: ctx.clinicPhone },
    patient: { name: `${ctx.patientGivenName} ${ctx.patientFamilyName}`, birthDate: ctx.patientBirthDate, mrn: ctx.patientRecordNumber },
    prescriber: row.prescriberName,
    signedAt: row.signedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    lines: [
      { label: 'Drug', value: row.drug },
      { label: 'Dose', value: row.dose },
      { label: 'Route', value: row.route },
      { label: 'Frequency', value: row.frequency },
      { label: 'Duration', value: `${row.durationDays} days` },
      { label: 'Quantity', value: String(row.quantity) },
      { label: 'Refills', value: String(row.refills) },
      ...(found.patientCopy ? [{ label: 'Copy', value: 'Patient copy for your records, not for dispensing' }] : []),
    ],
  });
}
