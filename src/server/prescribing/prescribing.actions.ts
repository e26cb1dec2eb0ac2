'use server';

import { revalidatePath } from 'next/cache';
import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import { asResult } from '@/server/encounters/action-result';
import { checkPrescription } from './check-prescription';
import type { PrescriptionCheck } from './prescription.schemas';
import { signPrescription } from './sign-prescription';

export async function checkPrescriptionAction(appointmentId: string, input: unknown): Promise<Result<PrescriptionCheck>> {
  const principal = await requirePrincipal();
  return asResult(() => checkPrescription(principal, appointmentId, input));
}

export async function signPrescriptionAction(appointmentId: string, input: unknown): Promise<Result<{ id: string }>> {
  const principal = await requirePrincipal();
  const result = await asResult(() => signPrescription(principal, appointmentId, input));
  if (result.ok) revalidatePath('/clinician/visits/[appointmentId]', 'page');
  return result;
}
