import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { requireChartAccess } from './chart-access';
import { entryRefSchema, recordObservationSchema, setMedicationStatusSchema, setProblemStatusSchema } from './chart-entry.schemas';
import { confirmEntry as confirmEntryRow, insertObservation, setMedicationStatus, setProblemStatus } from './chart-entries.repo';
import { chartEvent, parseInput } from './chart-input';
import { findLoinc } from './code-sets/code-sets';

/* Clinician-only changes (chart:write): vitals and labs, confirming what a patient reported, resolving and stopping. */

export async function recordObservation(principal: Principal, patientId: unknown, raw: unknown, now = new Date()): Promise<{ id: string }> {
  const action = 'chart.observation.add';
  const access = await requireChartAccess(principal, patientId, 'clinical', action);
  const input = parseInput(recordObservationSchema, raw);
  const code = findLoinc(input.loincCode)!;
  const id = await insertObservation(
    {
      clinicId: access.clinicId,
      patientId: access.patient.id,
      loincCode: code.code,
      display: code.display,
      value: input.value,
      unit: code.unit,
      effectiveAt: input.effectiveAt ? new Date(input.effectiveAt) : now,
      recordedByUserId: principal.userId,
    },
    chartEvent(principal, action, access.patient.id),
  );
  return { id };
}

const entryGone = () => notFound('That entry');

export async function confirmEntry(principal: Principal, patientId: unknown, raw: unknown): Promise<void> {
  const action = 'chart.entry.confirm';
  const access = await requireChartAccess(principal, patientId, 'clinical', action);
  const { kind, entryId } = parseInput(entryRefSchema, raw);
  const scope = { clinicId: access.clinicId, patientId: access.patient.id };
  if (!(await confirmEntryRow(scope, kind, entryId, principal.userId, chartEvent(principal, action, access.patient.id)))) throw entryGone();
}

export async function setProblemStatusOf(principal: Principal, patientId: unknown, raw: unknown): Promise<void> {
  const access = await requireChartAccess(principal, patientId, 'clinical', 'chart.problem.update');
  const input = parseInput(setProblemStatusSchema, raw);
  const action = input.status === 'resolved' ? 'chart.problem.resolve' : 'chart.problem.reactivate';
  const scope = { clinicId: access.clinicId, patientId: access.patient.id };
  if (!(await setProblemStatus(scope, input.entryId, input.status, chartEvent(principal, action, access.patient.id)))) throw entryGone();
}

export async function setMedicationStatusOf(principal: Principal, patientId: unknown, raw: unknown): Promise<void> {
  const access = await requireChartAccess(principal, patientId, 'clinical', 'chart.medication.update');
  const input = parseInput(setMedicationStatusSchema, raw);
  const action = input.status === 'stopped' ? 'chart.medication.stop' : 'chart.medication.restart';
  const scope = { clinicId: access.clinicId, patientId: access.patient.id };
  if (!(await setMedicationStatus(scope, input.entryId, input.status, chartEvent(principal, action, access.patient.id)))) throw entryGone();
}
