'use server';

import { revalidatePath } from 'next/cache';
import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import { asResult } from './action-result';
import { setClinicAi, type AiStatus } from './ai-settings';

export async function setClinicAiAction(enabled: boolean): Promise<Result<AiStatus>> {
  const principal = await requirePrincipal();
  const result = await asResult(() => setClinicAi(principal, enabled === true));
  if (result.ok) revalidatePath('/admin/ai');
  return result;
}
