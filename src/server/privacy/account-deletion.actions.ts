'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { requirePrincipal } from '@/server/access/principal';
import { auth } from '@/server/auth/auth';
import { baseUrlFrom } from '@/server/platform/base-url';
import { toFormError, type FormState } from '@/server/platform/form-state';
import { cancelAccountDeletion, requestAccountDeletion, type SessionFacts } from './account-deletion';

async function sessionFacts(): Promise<SessionFacts> {
  const session = await auth();
  return { signedInAtMs: session?.signedInAt ?? 0, baseUrl: baseUrlFrom(await headers()) };
}

export async function requestAccountDeletionAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  try {
    const password = form.get('password');
    const { eraseAfter } = await requestAccountDeletion(
      principal,
      { password: typeof password === 'string' ? password : undefined, acknowledge: form.get('acknowledge') ?? undefined },
      await sessionFacts(),
    );
    revalidatePath('/settings/privacy');
    return { ok: true, data: { message: `Your account will be erased on ${eraseAfter.slice(0, 10)}. We emailed you a copy of this.` } };
  } catch (error) {
    return toFormError(error, 'request account deletion');
  }
}

export async function cancelAccountDeletionAction(_state: FormState): Promise<FormState> {
  const principal = await requirePrincipal();
  try {
    await cancelAccountDeletion(principal, await sessionFacts());
    revalidatePath('/settings/privacy');
    return { ok: true, data: { message: 'Deletion cancelled: your account stays as it is.' } };
  } catch (error) {
    return toFormError(error, 'cancel account deletion');
  }
}
