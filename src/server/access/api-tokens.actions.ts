'use server';

import { revalidatePath } from 'next/cache';
import type { Result } from '@/lib/result';
import { createApiToken } from './create-api-token';
import { requirePrincipal } from './principal';
import { revokeApiToken } from './revoke-api-token';
import { failureOf } from '@/server/platform/form-state';

type TokenFormState = Result<{ message: string; token?: string }> | null;

function formError(error: unknown): TokenFormState {
  return failureOf(error, 'api token');
}

/** The new token travels once, in this answer; it is never stored or shown again. */
export async function createApiTokenAction(_state: TokenFormState, form: FormData): Promise<TokenFormState> {
  const principal = await requirePrincipal();
  try {
    const { token } = await createApiToken(principal, { name: form.get('name'), membership: form.get('membership'), expiresInDays: form.get('expiresInDays') });
    revalidatePath('/settings/api-tokens');
    return { ok: true, data: { message: 'Token created. Copy it now: it will not be shown again.', token } };
  } catch (error) {
    return formError(error);
  }
}

export async function revokeApiTokenAction(_state: TokenFormState, form: FormData): Promise<TokenFormState> {
  const principal = await requirePrincipal();
  try {
    await revokeApiToken(principal, { id: form.get('id') });
    revalidatePath('/settings/api-tokens');
    return { ok: true, data: { message: 'Token revoked: it no longer works.' } };
  } catch (error) {
    return formError(error);
  }
}
