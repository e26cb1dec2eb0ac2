import type { Principal } from '@/server/access/principal';
import { requireChartAccess } from './chart-access';
import { addAllergySchema, addMedicationSchema, addProblemSchema } from './chart-entry.schemas';
import { insertAllergy, insertMedication, insertProblem } from './chart-entries.repo';
import { chartEvent, parseInput } from './chart-input';
import { findIcd10 } from './code-sets/code-sets';

/*
 * Adding to the problem list, allergies and medications. A clinician's entry is confirmed; a patient's own report
 * about themself is stored unconfirmed, with who recorded it, until a clinician confirms it.
 */

export async function addProblem(principal: Principal, patientId: unknown, raw: unknown): Promise<{ id: string }> {
  const action = 'chart.problem.add';
  const access = await requireChartAccess(principal, patientId, 'contribute', action);
  const input = parseInput(addProblemSchema, raw);
  const code = findIcd10(input.code)!;
  const id = await insertProblem(
    {
      clinicId: access.clinicId,
      patientId: access.patient.id,
      code: code.code,
      display: code.display,
      onsetDate: input.onsetDate ?? null,
      verification: access.canWrite ? 'confirmed' : 'unconfirmed',
      recordedByUserId: principal.userId,
    },
    chartEvent(principal, action, access.patient.id),
  );
  return { id };
}

export async function addAllergy(principal: Principal, patientId: unknown, raw: unknown): Promise<{ id: string }> {
  const action = 'chart.allergy.add';
  const access = await requireChartAccess(principal, patientId, 'contribute', action);
  const input = parseInput(addAllergySchema, raw);
  const id = await insertAllergy(
    { clinicId: access.clinicId, patientId: access.patient.id, ...input, verification: access.canWrite ? 'confirmed' : 'unconfirmed', recordedByUserId: principal.userId },
    chartEvent(principal, action, access.patient.id),
  );
  return { id };
}

export async function addMedication(principal: Principal, patientId: unknown, raw: unknown): Promise<{ id: string }> {
  const action = 'chart.medication.add';
  const access = await requireChartAccess(principal, patientId, 'contribute', action);
  const input = parseInput(addMedicationSchema, raw);
  const id = await insertMedication(
    {
      clinicId: access.clinicId,
      patientId: access.patient.id,
      ...input,
      startedOn: input.startedOn ?? null,
      verification: access.canWrite ? 'confirmed' : 'unconfirmed',
      recordedByUserId: principal.userId,
    },
    chartEvent(principal, action, access.patient.id),
  );
  return { id };
}
