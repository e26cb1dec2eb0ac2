'use client';

import Link from 'next/link';
import { authLinkClass } from './auth-page';
import { FormAlert } from './form-alert';
import { TextField } from './form-field';
import { fieldErrorsOf } from './form-problems';
import type { AuthFormAction, AuthFormState } from './form-state';
import { SubmitButton } from './submit-button';
import { SuccessPanel } from './success-panel';
import { useFormAction } from './use-form-action';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ action }: { action: AuthFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<AuthFormState>(action, null);

  if (state?.ok) {
    return (
      <SuccessPanel title="Check your email">
        <p>{state.data.message}</p>
        <p>The link works once and expires in 1 hour. If nothing arrives, check the address and your spam folder, then ask again.</p>
        <p>
          <Link href="/sign-in" className={authLinkClass}>Back to sign in</Link>
        </p>
      </SuccessPanel>
    );
  }

  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-5">
      {state && !state.ok && (
        <FormAlert
          title={errors.email ? 'Check your email address' : 'We could not send the link'}
          message={errors.email ? undefined : state.error.message}
          problems={errors.email ? [{ fieldId: 'forgot-email', label: 'Email address' }] : undefined}
          focusKey={state}
        />
      )}
      <TextField
        id="forgot-email"
        name="email"
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        errors={errors.email}
      />
      <SubmitButton pending={pending} pendingLabel="Sending…" className="w-full">
        Send me a link
      </SubmitButton>
    </form>
  );
}
