'use server';

import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import { asResult } from './action-result';
import { saveIntake, type SavedIntake } from './save-intake';

/*
 * The principal comes first and its failure escapes: an anonymous caller gets an error response, not a form answer.
 * The intake's words are never logged; only the use-case's error codes come back.
 */
export async function saveIntakeDraftAction(appointmentId: string, answers: unknown): Promise<Result<SavedIntake>> {
  const principal = await requirePrincipal();
  return asResult(() => saveIntake(principal, appointmentId, answers, false));
}

export async function submitIntakeAction(appointmentId: string, answers: unknown): Promise<Result<SavedIntake>> {
  const principal = await requirePrincipal();
  return asResult(() => saveIntake(principal, appointmentId, answers, true));
}
