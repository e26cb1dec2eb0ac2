'use client';

import Link from 'next/link';
import { FormAlert } from './form-alert';
import { fieldErrorsOf } from './form-problems';
import type { AuthFormAction, AuthFormState } from './form-state';
import { PasswordField } from './password-field';
import { SubmitButton } from './submit-button';
import { useFormAction } from './use-form-action';

/** Sets a new password from an emailed link; on success the action sends the person to sign in. */
export function ResetPasswordForm({ token, action }: { token: string; action: AuthFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<AuthFormState>(action, null);
  const errors = fieldErrorsOf(state);
  const linkProblem = errors.token;

  // A spent or expired link cannot be retried with another password: offer only the way to a new link.
  if (linkProblem) {
    return (
      <FormAlert title="This link cannot be used" message={linkProblem.join(' ')} focusKey={state}>
        <p>
          <Link href="/forgot-password" className="font-medium text-destructive underline hover:no-underline">
            Ask for a new link
          </Link>
        </p>
      </FormAlert>
    );
  }

  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-5">
      {state && !state.ok && (
        <FormAlert
          title={errors.password ? 'Choose a different password' : 'Your password was not changed'}
          message={errors.password ? undefined : state.error.message}
          problems={errors.password ? [{ fieldId: 'reset-password', label: 'New password' }] : undefined}
          focusKey={state}
        />
      )}
      <input type="hidden" name="token" value={token} />
      <PasswordField id="reset-password" name="password" label="New password" autoComplete="new-password" withRules required errors={errors.password} />
      <SubmitButton pending={pending} pendingLabel="Saving…" className="w-full">
        Save new password
      </SubmitButton>
    </form>
  );
}
