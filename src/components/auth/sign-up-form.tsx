'use client';

import Link from 'next/link';
import { authLinkClass } from './auth-page';
import { FormAlert } from './form-alert';
import { TextField } from './form-field';
import { fieldErrorsOf, problemsOf } from './form-problems';
import type { AuthFormAction, AuthFormState } from './form-state';
import { PasswordField } from './password-field';
import { SubmitButton } from './submit-button';
import { SuccessPanel } from './success-panel';
import { useFormAction } from './use-form-action';

const fields = [
  { name: 'name', id: 'sign-up-name', label: 'Your name' },
  { name: 'email', id: 'sign-up-email', label: 'Email address' },
  { name: 'password', id: 'sign-up-password', label: 'Password' },
] as const;

/** Patient sign-up. The answer is "check your email" whether or not the address already has an account. */
export function SignUpForm({ action }: { action: AuthFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<AuthFormState>(action, null);

  if (state?.ok) {
    return (
      <SuccessPanel title="Check your email">
        {/* The same words whether or not the address already had an account (the server's answer says no more). */}
        <p>We sent a link to the address you gave. Open it to confirm the address and finish creating your account.</p>
        <p>The link works once and expires in 24 hours. If nothing arrives within a few minutes, look in your spam folder.</p>
        <p>
          Once your address is confirmed, <Link href="/sign-in" className={authLinkClass}>sign in</Link>.
        </p>
      </SuccessPanel>
    );
  }

  const errors = fieldErrorsOf(state);
  const problems = problemsOf(state, fields);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-5">
      {state && !state.ok && (
        <FormAlert
          title={problems.length > 0 ? 'Some fields need attention' : 'Your account was not created'}
          message={problems.length > 0 ? undefined : state.error.message}
          problems={problems}
          focusKey={state}
        />
      )}
      <TextField id="sign-up-name" name="name" label={fields[0].label} autoComplete="name" maxLength={120} required errors={errors.name} />
      <TextField
        id="sign-up-email"
        name="email"
        label="Email address"
        hint="We send a link to this address to confirm it is yours."
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        errors={errors.email}
      />
      <PasswordField id="sign-up-password" name="password" label="Password" autoComplete="new-password" withRules required errors={errors.password} />
      <p className="text-sm text-muted-foreground">
        By creating an account you agree to our <Link href="/terms" className={authLinkClass}>Terms of Service</Link>. Our{' '}
        <Link href="/privacy" className={authLinkClass}>Privacy Notice</Link> explains how we look after your information.
      </p>
      <SubmitButton pending={pending} pendingLabel="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
    </form>
  );
}
