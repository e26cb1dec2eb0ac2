import { notFound } from '@/lib/errors';
import { findConsentLogOfUser } from './consent-history.repo';
import type { PatientRecordExport, PersonalDataExport } from './export.schemas';
import {
  findAccount, findMemberships, findOwnAllergies, findOwnAppointments, findOwnMedications, findOwnObservations, findOwnPatients, findOwnProblems,
} from './personal-data.repo';

/** Groups rows by their patient and drops the patient id, which the nesting already says. */
function byPatient<R extends { patientId: string }>(rows: R[]): Map<string, Omit<R, 'patientId'>[]> {
  const out = new Map<string, Omit<R, 'patientId'>[]>();
  for (const { patientId, ...rest } of rows) {
    const list = out.get(patientId) ?? [];
    list.push(rest);
    out.set(patientId, list);
  }
  return out;
}

/**
 * Everything held about one person, assembled from queries that are each scoped to that person.
 * Callers pass the signed-in principal's own user id; there is no way to name another person.
 */
export async function collectPersonalData(userId: string, now = new Date()): Promise<PersonalDataExport> {
  const [account, memberships, patients, problems, allergies, medications, observations, appointments, consentLog] = await Promise.all([
    findAccount(userId),
    findMemberships(userId),
    findOwnPatients(userId),
    findOwnProblems(userId),
    findOwnAllergies(userId),
    findOwnMedications(userId),
    findOwnObservations(userId),
    findOwnAppointments(userId),
    findConsentLogOfUser(userId),
  ]);
  if (!account) throw notFound('Your account');
  const grouped = {
    problems: byPatient(problems),
    allergies: byPatient(allergies),
    medications: byPatient(medications),
    observations: byPatient(observations),
    appointments: byPatient(appointments),
  };
  const patientRecords: PatientRecordExport[] = patients.map((patient) => ({
    ...patient,
    problems: grouped.problems.get(patient.id) ?? [],
    allergies: grouped.allergies.get(patient.id) ?? [],
    medications: grouped.medications.get(patient.id) ?? [],
    observations: grouped.observations.get(patient.id) ?? [],
    appointments: grouped.appointments.get(patient.id) ?? [],
  }));
  return { schema: 'clinixai.personal-data.v1', exportedAt: now.toISOString(), account, memberships, patientRecords, consentLog };
}
