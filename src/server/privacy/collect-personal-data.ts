import { notFound } from '@/lib/errors';
import { intakeExportOf, noteExportOf, prescriptionExportOf } from './clinical-records';
import { findOwnAddenda, findOwnIntakeAlerts, findOwnIntakes, findOwnPrescriptions, findOwnSignedNotes } from './clinical-records.repo';
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

/** Told after each part of the export is read, so a background export can show its progress. */
export type ExportProgress = (done: number, total: number, step: string) => Promise<void>;

/**
 * Everything held about one person, assembled from queries that are each scoped to that person.
 * Callers pass the signed-in principal's own user id; there is no way to name another person.
 * With a progress callback the parts are read one after another and reported; without, all at once.
 */
export async function collectPersonalData(userId: string, now = new Date(), onProgress?: ExportProgress): Promise<PersonalDataExport> {
  const parts = [
    ['account', () => findAccount(userId)],
    ['memberships', () => findMemberships(userId)],
    ['patient records', () => findOwnPatients(userId)],
    ['problems', () => findOwnProblems(userId)],
    ['allergies', () => findOwnAllergies(userId)],
    ['medications', () => findOwnMedications(userId)],
    ['observations', () => findOwnObservations(userId)],
    ['appointments', () => findOwnAppointments(userId)],
    ['intakes', () => findOwnIntakes(userId)],
    ['red-flag alerts', () => findOwnIntakeAlerts(userId)],
    ['visit notes', () => findOwnSignedNotes(userId)],
    ['addenda', () => findOwnAddenda(userId)],
    ['prescriptions', () => findOwnPrescriptions(userId)],
    ['consent history', () => findConsentLogOfUser(userId)],
  ] as const;
  const results: unknown[] = [];
  if (onProgress) {
    for (const [index, [step, read]] of parts.entries()) {
      await onProgress(index, parts.length, step);
      results.push(await read());
    }
  } else {
    results.push(...(await Promise.all(parts.map(([, read]) => read()))));
  }
  const [account, memberships, patients, problems, allergies, medications, observations, appointments, intakes, alerts, notes, addenda, prescriptions, consentLog] = results as [
    Awaited<ReturnType<typeof findAccount>>,
    Awaited<ReturnType<typeof findMemberships>>,
    Awaited<ReturnType<typeof findOwnPatients>>,
    Awaited<ReturnType<typeof findOwnProblems>>,
    Awaited<ReturnType<typeof findOwnAllergies>>,
    Awaited<ReturnType<typeof findOwnMedications>>,
    Awaited<ReturnType<typeof findOwnObservations>>,
    Awaited<ReturnType<typeof findOwnAppointments>>,
    Awaited<ReturnType<typeof findOwnIntakes>>,
    Awaited<ReturnType<typeof findOwnIntakeAlerts>>,
    Awaited<ReturnType<typeof findOwnSignedNotes>>,
    Awaited<ReturnType<typeof findOwnAddenda>>,
    Awaited<ReturnType<typeof findOwnPrescriptions>>,
    Awaited<ReturnType<typeof findConsentLogOfUser>>,
  ];
  if (!account) throw notFound('Your account');
  const grouped = {
    problems: byPatient(problems),
    allergies: byPatient(allergies),
    medications: byPatient(medications),
    observations: byPatient(observations),
    appointments: byPatient(appointments),
    intakes: byPatient(intakes),
    alerts: byPatient(alerts),
    notes: byPatient(notes),
    addenda: byPatient(addenda),
    prescriptions: byPatient(prescriptions),
  };
  const patientRecords: PatientRecordExport[] = patients.map((patient) => ({
    ...patient,
    problems: grouped.problems.get(patient.id) ?? [],
    allergies: grouped.allergies.get(patient.id) ?? [],
    medications: grouped.medications.get(patient.id) ?? [],
    observations: grouped.observations.get(patient.id) ?? [],
    appointments: grouped.appointments.get(patient.id) ?? [],
    intakes: (grouped.intakes.get(patient.id) ?? []).map((intake) => intakeExportOf(intake, grouped.alerts.get(patient.id) ?? [])),
    notes: (grouped.notes.get(patient.id) ?? []).map((note) => noteExportOf(note, grouped.addenda.get(patient.id) ?? [])),
    prescriptions: (grouped.prescriptions.get(patient.id) ?? []).map((prescription) => prescriptionExportOf(prescription, now)),
  }));
  return { schema: 'clinixai.personal-data.v1', exportedAt: now.toISOString(), account, memberships, patientRecords, consentLog };
}
