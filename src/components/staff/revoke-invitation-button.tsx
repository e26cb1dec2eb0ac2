'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import type { StaffFormAction, StaffFormState } from './staff-form-state';

/** Withdraws one pending invitation; a refusal (already accepted meanwhile) is said next to the button. */
export function RevokeInvitationButton({ invitationId, email, action }: { invitationId: string; email: string; action: StaffFormAction }) {
  const [state, dispatch, pending] = useActionState<StaffFormState, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-col items-start gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="outline" size="sm" pending={pending} pendingLabel="Withdrawing…">
        Withdraw<span className="sr-only"> the invitation to {email}</span>
      </SubmitButton>
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {state.error.message}
        </p>
      )}
    </form>
  );
}
