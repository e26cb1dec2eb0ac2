'use server';

import { revalidatePath } from 'next/cache';
import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import { asResult } from './action-result';
import { acknowledgeIntakeAlert } from './intake-alerts';
import type { AcknowledgedAlert } from './intake-alerts.schemas';

export async function acknowledgeIntakeAlertAction(alertId: string): Promise<Result<AcknowledgedAlert>> {
  const principal = await requirePrincipal();
  const result = await asResult(() => acknowledgeIntakeAlert(principal, alertId));
  if (result.ok) revalidatePath('/clinician/alerts');
  return result;
}
