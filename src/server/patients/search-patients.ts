import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { ownCareClinicOf, staffClinicOf } from './patient.policy';
import { patientSummarySchema, searchPatientsInputSchema, type PatientSummary } from './patient.schemas';
import { ownPatientRows, searchPatientRows, type PatientSummaryRow } from './patient-search.repo';
import { searchTermsOf } from './search-terms';

// The query text may be a name: the audit records that a search happened, never what was typed.
const subject = { action: 'patients.search', entityType: 'patient', entityId: null };

export const summaryOf = (row: PatientSummaryRow): PatientSummary =>
  patientSummarySchema.parse({ id: row.id, name: `${row.givenName} ${row.familyName}`, birthDate: row.dateOfBirth, mrn: row.recordNumber });

/**
 * The patients the caller may see. Staff who read charts or register patients search their active
 * clinic (an empty query lists the newest first); a patient gets their own record there; anyone else
 * sees none.
 */
export async function searchPatients(principal: Principal, raw: unknown): Promise<{ patients: PatientSummary[] }> {
  const parsed = searchPatientsInputSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { query, limit } = parsed.data;

  const clinicId = staffClinicOf(principal);
  if (clinicId) {
    const rows = await searchPatientRows({ clinicId, terms: searchTermsOf(query), limit });
    await insertAuditEvent(auditEventOf(principal, subject, 'allowed'));
    return { patients: rows.map(summaryOf) };
  }
  const ownClinicId = ownCareClinicOf(principal);
  if (ownClinicId) {
    const rows = await ownPatientRows(ownClinicId, principal.userId);
    await insertAuditEvent(auditEventOf(principal, subject, 'allowed'));
    return { patients: rows.slice(0, limit).map(summaryOf) };
  }
  return { patients: [] };
}
