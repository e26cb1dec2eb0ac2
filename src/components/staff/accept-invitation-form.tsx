'use client';

import { FormAlert } from '@/components/auth/form-alert';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import type { StaffFormAction, StaffFormState } from './staff-form-state';

/** Accepting is a POST: opening the link (a GET, perhaps by a mail scanner) never uses it up. */
export function AcceptInvitationForm({ token, clinicName, action }: { token: string; clinicName: string; action: StaffFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<StaffFormState>(action, null);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="grid gap-4">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && <FormAlert title="You have not joined yet" message={state.error.message} focusKey={state} />}
      <SubmitButton pending={pending} pendingLabel="Joining…" className="w-full">
        Accept and join {clinicName}
      </SubmitButton>
    </form>
  );
}
