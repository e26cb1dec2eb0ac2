'use client';

import { FieldError } from '@/components/auth/form-field';
import { FormAlert } from '@/components/auth/form-alert';
import { GoogleSignIn } from '@/components/auth/google-sign-in';
import { PasswordField } from '@/components/auth/password-field';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import { Button } from '@/components/ui/button';
import type { DeletionActions, DeletionStatusView } from './deletion-types';

type Props = { id: string; status: DeletionStatusView; actions: DeletionActions; onClose: () => void };

export function DeleteAccountForm({ id, status, actions, onClose }: Props) {
  const { state, dispatch, pending, onSubmit } = useFormAction(actions.request, null);
  if (status.confirmation === 'fresh-sign-in' && !status.freshSignIn) {
    return (
      <div id={id} className="grid max-w-md gap-3">
        <p>Your account has no password, so confirm it is you by signing in with Google again. Then delete within 10 minutes.</p>
        <GoogleSignIn action={actions.reauthenticate} callbackUrl="/settings/privacy#delete-account" label="Sign in again with Google" />
      </div>
    );
  }
  const fieldErrors = state && !state.ok ? state.error.fieldErrors : undefined;
  return (
    <form id={id} action={dispatch} onSubmit={onSubmit} className="grid max-w-md gap-4" noValidate>
      {state && !state.ok && <FormAlert title="Your account was not scheduled for deletion" message={state.error.message} focusKey={state} />}
      <div className="grid gap-1">
        <div className="flex items-start gap-3">
          <input
            id={`${id}-acknowledge`}
            name="acknowledge"
            type="checkbox"
            className="mt-1 size-4 accent-destructive"
            aria-invalid={Boolean(fieldErrors?.acknowledge) || undefined}
            aria-describedby={fieldErrors?.acknowledge ? `${id}-acknowledge-error` : undefined}
          />
          <label htmlFor={`${id}-acknowledge`}>
            I understand that my account and personal data will be erased in {status.graceDays} days, and cannot be restored after that.
          </label>
        </div>
        <FieldError id={`${id}-acknowledge`} errors={fieldErrors?.acknowledge} />
      </div>
      {status.confirmation === 'password' && (
        <PasswordField id={`${id}-password`} name="password" label="Your password" autoComplete="current-password" errors={fieldErrors?.password} required />
      )}
      <div className="flex flex-wrap gap-3">
        <SubmitButton variant="destructive" pending={pending} pendingLabel="Scheduling deletion…">
          Delete my account
        </SubmitButton>
        <Button type="button" variant="ghost" onClick={onClose}>
          Keep my account
        </Button>
      </div>
    </form>
  );
}
