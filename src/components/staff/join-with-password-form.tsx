'use client';

import { FormAlert } from '@/components/auth/form-alert';
import { TextField } from '@/components/auth/form-field';
import { PasswordField } from '@/components/auth/password-field';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import type { StaffFormAction, StaffFormState } from './staff-form-state';

const fields = [
  { name: 'name', id: 'join-name', label: 'Your name' },
  { name: 'password', id: 'join-password', label: 'Password' },
] as const;

/**
 * A new account from an invitation. The address is the invited one and cannot be changed: it is shown
 * read-only and never sent (the server takes it from the invitation).
 */
export function JoinWithPasswordForm({ token, email, action }: { token: string; email: string; action: StaffFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<StaffFormState>(action, null);
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  const problems = fields.flatMap((f) => (errors[f.name]?.length ? [{ fieldId: f.id, label: f.label }] : []));
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-5">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && (
        <FormAlert
          title={problems.length > 0 ? 'Some fields need attention' : 'Your account was not created'}
          message={problems.length > 0 ? undefined : state.error.message}
          problems={problems}
          focusKey={state}
        />
      )}
      <TextField id="join-email" label="Email address" value={email} readOnly hint="The invitation was sent to this address; it cannot be changed." autoComplete="username" />
      <TextField id="join-name" name="name" label="Your name" autoComplete="name" maxLength={120} required errors={errors.name} />
      <PasswordField id="join-password" name="password" label="Password" autoComplete="new-password" withRules required errors={errors.password} />
      <SubmitButton pending={pending} pendingLabel="Creating your account…" className="w-full">
        Create account and join
      </SubmitButton>
    </form>
  );
}
