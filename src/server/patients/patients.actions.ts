'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requirePrincipal, type Principal } from '@/server/access/principal';
import { updateSession } from '@/server/auth/auth';
import { addAllergy, addMedication, addProblem } from './add-chart-entry';
import { confirmEntry, recordObservation, setMedicationStatusOf, setProblemStatusOf } from './clinical-chart-changes';
import { fieldsOf, toPatientFormError, type PatientFormState } from './form-result';
import { joinClinicAsPatient } from './join-clinic-as-patient';
import { registerPatient } from './register-patient';
import { updateContactDetails } from './update-contact-details';

/*
 * Each action asks for the principal first and lets that failure escape: an anonymous caller gets an error
 * response, never a form answer that looks like success. The use-cases check access and validate.
 */

type ChartChange = (principal: Principal, patientId: unknown, input: Record<string, string>) => Promise<unknown>;

async function chartAction(change: ChartChange, form: FormData, message: string): Promise<PatientFormState> {
  const principal = await requirePrincipal();
  const { patientId, ...input } = fieldsOf(form);
  try {
    await change(principal, patientId, input);
  } catch (error) {
    return toPatientFormError(error);
  }
  revalidatePath('/clinician/patients/[id]', 'page');
  revalidatePath('/patient/chart');
  return { ok: true, data: { message } };
}

export async function addProblemAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(addProblem, form, 'Problem added.');
}
export async function addAllergyAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(addAllergy, form, 'Allergy added.');
}
export async function addMedicationAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(addMedication, form, 'Medication added.');
}
export async function recordObservationAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(recordObservation, form, 'Measurement recorded.');
}
export async function confirmEntryAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(confirmEntry, form, 'Entry confirmed.');
}
export async function setProblemStatusAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(setProblemStatusOf, form, 'Problem updated.');
}
export async function setMedicationStatusAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(setMedicationStatusOf, form, 'Medication updated.');
}
export async function updateContactAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  return chartAction(updateContactDetails, form, 'Contact details saved.');
}

export async function registerPatientAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  const principal = await requirePrincipal();
  try {
    const { id, mrn } = await registerPatient(principal, fieldsOf(form));
    revalidatePath('/clinician/patients');
    return { ok: true, data: { message: `Registered with record number ${mrn}.`, patientId: id } };
  } catch (error) {
    return toPatientFormError(error);
  }
}

/** Join a clinic as its patient, then act as that patient at once and land on the new chart. */
export async function joinClinicAction(_state: PatientFormState, form: FormData): Promise<PatientFormState> {
  const principal = await requirePrincipal();
  let clinicId: string;
  try {
    ({ clinicId } = await joinClinicAsPatient(principal, fieldsOf(form)));
  } catch (error) {
    return toPatientFormError(error);
  }
  // The jwt callback accepts the new active role only because the membership now exists (session-token.ts).
  await updateSession({ active: { clinicId, role: 'patient' } });
  redirect('/patient/chart');
}
