import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { parseInput } from './chart-input';
import { joinClinicSchema } from './registration.schemas';
import { findClinic, hasPatientMembership, insertSelfRegistration } from './registration.repo';

export interface Joined {
  clinicId: string;
  patientId: string;
  mrn: string;
}

/**
 * After self sign-up, a person chooses a clinic from the public directory and completes their profile: their patient
 * record and their patient membership there are created together. A record staff registered earlier is never linked
 * by name and date of birth: anyone who knows both could claim someone else's chart that way.
 */
export async function joinClinicAsPatient(principal: Principal, raw: unknown): Promise<Joined> {
  const input = parseInput(joinClinicSchema, raw);
  const clinic = await findClinic(input.clinicId);
  if (!clinic) throw notFound('The clinic');
  if (await hasPatientMembership(principal.userId, clinic.id)) {
    const message = `You are already a patient at ${clinic.name}.`;
    throw new AppError('conflict', message, { clinicId: [message] });
  }
  const patientId = randomUUID();
  const { clinicId: _clinicId, ...profile } = input;
  const mrn = await insertSelfRegistration(
    clinic.id,
    {
      id: patientId,
      ...profile,
      // The sign-in address is the patient's contact address unless they gave another.
      email: profile.email ?? principal.email,
      phone: profile.phone ?? null,
      userId: principal.userId,
      createdByUserId: principal.userId,
    },
    { clinicId: clinic.id, actorUserId: principal.userId, actingRole: 'patient', action: 'patients.self-register', entityType: 'patient', entityId: patientId, outcome: 'allowed' },
  );
  return { clinicId: clinic.id, patientId, mrn };
}
