'use server';

import { revalidatePath } from 'next/cache';
import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import { asResult } from './action-result';
import { addAddendum } from './add-addendum';
import { computeVisitScores } from './compute-visit-scores';
import { draftNote } from './draft-note';
import { recordVisitVitals } from './record-visit-vitals';
import { signNote } from './sign-note';
import type { ScoreView, VisitView } from './visit.schemas';

const refresh = () => revalidatePath('/clinician/visits/[appointmentId]', 'page');

export async function computeScoresAction(vitals: unknown): Promise<Result<ScoreView[]>> {
  const principal = await requirePrincipal();
  return asResult(() => computeVisitScores(principal, vitals));
}

export async function recordVitalsAction(appointmentId: string, vitals: unknown): Promise<Result<{ recorded: number; scores: ScoreView[] }>> {
  const principal = await requirePrincipal();
  const result = await asResult(() => recordVisitVitals(principal, appointmentId, vitals));
  if (result.ok) refresh();
  return result;
}

export async function draftNoteAction(appointmentId: string, input: { clinicianText?: unknown; consciousness?: unknown; onOxygen?: unknown }): Promise<Result<NonNullable<VisitView['note']>>> {
  const principal = await requirePrincipal();
  return asResult(() => draftNote(principal, appointmentId, typeof input === 'object' && input !== null ? input : {}));
}

export async function signNoteAction(appointmentId: string, edit: unknown): Promise<Result<null>> {
  const principal = await requirePrincipal();
  const result = await asResult(async () => {
    await signNote(principal, appointmentId, edit);
    return null;
  });
  if (result.ok) refresh();
  return result;
}

export async function addAddendumAction(appointmentId: string, input: unknown): Promise<Result<{ id: string }>> {
  const principal = await requirePrincipal();
  const result = await asResult(() => addAddendum(principal, appointmentId, input));
  if (result.ok) refresh();
  return result;
}
