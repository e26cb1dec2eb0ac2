import { randomUUID } from 'node:crypto';
import { AppError, forbidden } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { parseInput } from './chart-input';
import { registrationClinicOf } from './patient.policy';
import { normalizedName, registerPatientSchema } from './registration.schemas';
import { insertRegisteredPatient, patientsBornOn } from './registration.repo';

export interface Registered {
  id: string;
  mrn: string;
}

/**
 * Staff (patients:register) register a patient in their active clinic. Someone with the same name (ignoring case,
 * accents and punctuation) and date of birth in this clinic is reported by record number, and the registration goes
 * ahead only when confirmed; other clinics are never looked at.
 */
export async function registerPatient(principal: Principal, raw: unknown): Promise<Registered> {
  const action = 'patients.register';
  const clinicId = registrationClinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, { action, entityType: 'patient', entityId: null });
    throw forbidden('Only clinic staff can register patients.');
  }
  const input = parseInput(registerPatientSchema, raw);
  const name = normalizedName(input.givenName, input.familyName);
  const duplicates = (await patientsBornOn(clinicId, input.dateOfBirth)).filter((p) => normalizedName(p.givenName, p.familyName) === name);
  if (duplicates.length > 0 && !input.confirmDuplicate) {
    const records = duplicates.map((d) => d.recordNumber).join(', ');
    const message = `A patient with this name and date of birth is already registered here (${records}). Open that record, or confirm that this is a different person.`;
    throw new AppError('conflict', message, { confirmDuplicate: [message] });
  }

  const id = randomUUID();
  const { confirmDuplicate: _confirmed, ...profile } = input;
  const mrn = await insertRegisteredPatient(
    clinicId,
    { id, ...profile, email: profile.email ?? null, phone: profile.phone ?? null, createdByUserId: principal.userId },
    auditEventOf(principal, { action, entityType: 'patient', entityId: id }, 'allowed'),
  );
  return { id, mrn };
}
