'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import type { Result } from '@/lib/result';
import { baseUrlFrom } from '@/server/platform/base-url';
import { logger } from '@/server/platform/logger';
import { auth, signIn, signOut } from './auth';
import { requestPasswordReset, resetPassword } from './reset-password';
import { safeRedirect } from './safe-redirect';
import { signUp } from './sign-up';
import { absoluteExpiry } from './session-policy';
import { revokeAllSessions, revokeSession } from './users.repo';

export type FormState = Result<{ message: string }> | null;

const messages: Record<string, string> = {
  rate_limited: 'Too many attempts. Wait 15 minutes, or reset your password.',
  email_unverified: 'Confirm your email address first: we sent you a link when you signed up.',
  credentials: 'That email and password do not match an account.',
};

function toFormError(error: unknown): FormState {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
  logger().error({ errorType: error instanceof Error ? error.name : typeof error }, 'form action failed');
  return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } };
}

export async function signInWithPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const base = baseUrlFrom(await headers());
  const target = safeRedirect(String(form.get('callbackUrl') ?? '/dashboard'), base);
  try {
    await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirectTo: target });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : 'credentials';
      return { ok: false, error: { code: 'unauthenticated', message: messages[code] ?? messages.credentials! } };
    }
    throw error; // Next.js redirects by throwing; let it through.
  }
  return null;
}

export async function signInWithGoogleAction(form: FormData): Promise<void> {
  const base = baseUrlFrom(await headers());
  await signIn('google', { redirectTo: safeRedirect(String(form.get('callbackUrl') ?? '/dashboard'), base) });
}

export async function signUpAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await signUp({ name: form.get('name'), email: form.get('email'), password: form.get('password') }, baseUrlFrom(await headers()));
    return { ok: true, data: { message: 'Check your email: we sent a link to confirm your address.' } };
  } catch (error) {
    return toFormError(error);
  }
}

export async function requestPasswordResetAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await requestPasswordReset({ email: form.get('email') }, baseUrlFrom(await headers()));
    return { ok: true, data: { message: 'If an account uses that address, we sent it a link to choose a new password.' } };
  } catch (error) {
    return toFormError(error);
  }
}

export async function resetPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await resetPassword({ token: form.get('token'), password: form.get('password') });
  } catch (error) {
    return toFormError(error);
  }
  redirect('/sign-in?reset=done');
}

export async function signOutAction(): Promise<void> {
  const session = await auth();
  if (session?.user?.id && session.sessionId) {
    await revokeSession(session.user.id, session.sessionId, absoluteExpiry(session.signedInAt));
  }
  await signOut({ redirectTo: '/sign-in?signedOut=1' });
}

export async function signOutEverywhereAction(): Promise<void> {
  const session = await auth();
  if (session?.user?.id) await revokeAllSessions(session.user.id, new Date());
  await signOut({ redirectTo: '/sign-in?signedOut=all' });
}
