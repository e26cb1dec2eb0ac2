'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { FormAlert } from './form-alert';
import { TextField } from './form-field';
import type { AuthFormAction, AuthFormState } from './form-state';
import { PasswordField } from './password-field';
import { SubmitButton } from './submit-button';
import { useFormAction } from './use-form-action';

/** Email and password sign-in. Every failure reads the same, whether or not the account exists. */
export function SignInForm({ callbackUrl, action }: { callbackUrl: string; action: AuthFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<AuthFormState>(action, null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const error = state && !state.ok ? state.error : null;

  // After a failed attempt the password is cleared (it was wrong, or the attempt was refused); the email stays.
  useEffect(() => {
    if (error && passwordRef.current) passwordRef.current.value = '';
  }, [error]);

  return (
    <form action={dispatch} onSubmit={onSubmit} className="grid gap-5" aria-describedby={error ? 'sign-in-error' : undefined}>
      {error && (
        <div id="sign-in-error">
          <FormAlert title="You are not signed in" message={error.message} focusKey={state} />
        </div>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        id="sign-in-email"
        name="email"
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <PasswordField
        id="sign-in-password"
        name="password"
        label="Password"
        autoComplete="current-password"
        inputRef={passwordRef}
        required
        labelAside={
          <Link href="/forgot-password" className="text-sm font-medium text-primary underline hover:no-underline">
            Forgot your password?
          </Link>
        }
      />
      <SubmitButton pending={pending} pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
    </form>
  );
}
