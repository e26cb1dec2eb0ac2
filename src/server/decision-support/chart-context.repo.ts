import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/instance';
import { allergies, medications, observations, patients, problems } from '@/db/schema/patients';

/** The patient's demographics needed by calculators, only when the patient belongs to the clinic. */
export async function patientInClinic(clinicId: string, patientId: string): Promise<{ dateOfBirth: string; sexAtBirth: string } | null> {
  const [row] = await (await db())
    .select({ dateOfBirth: patients.dateOfBirth, sexAtBirth: patients.sexAtBirth })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)));
  return row ?? null;
}

export interface ObservationRow {
  loincCode: string;
  display: string;
  value: number;
  unit: string;
  effectiveAt: Date;
}

/** Observations of the given codes, newest first (the caller keeps the latest per code). */
export async function recentObservations(clinicId: string, patientId: string, codes: readonly string[]): Promise<ObservationRow[]> {
  return (await db())
    .select({ loincCode: observations.loincCode, display: observations.display, value: observations.value, unit: observations.unit, effectiveAt: observations.effectiveAt })
    .from(observations)
    .where(and(eq(observations.clinicId, clinicId), eq(observations.patientId, patientId), inArray(observations.loincCode, [...codes])))
    .orderBy(desc(observations.effectiveAt))
    .limit(500);
}

export async function activeProblemCodes(clinicId: string, patientId: string): Promise<string[]> {
  const rows = await (await db())
    .select({ code: problems.code })
    .from(problems)
    .where(and(eq(problems.clinicId, clinicId), eq(problems.patientId, patientId), eq(problems.status, 'active')));
  return rows.map((r) => r.code);
}

export async function activeMedicationNames(clinicId: string, patientId: string): Promise<string[]> {
  const rows = await (await db())
    .select({ name: medications.genericName })
    .from(medications)
    .where(and(eq(medications.clinicId, clinicId), eq(medications.patientId, patientId), eq(medications.status, 'active')));
  return rows.map((r) => r.name);
}

export async function allergySubstances(clinicId: string, patientId: string): Promise<string[]> {
  const rows = await (await db()).select({ substance: allergies.substance }).from(allergies).where(and(eq(allergies.clinicId, clinicId), eq(allergies.patientId, patientId)));
  return rows.map((r) => r.substance);
}
