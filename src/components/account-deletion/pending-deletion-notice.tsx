'use client';

import { useActionState } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { LocalTime } from '@/components/auth/local-time';
import { SubmitButton } from '@/components/auth/submit-button';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { DeletionAction, DeletionStatusView } from './deletion-types';

export function PendingDeletionNotice({ pending, cancel }: { pending: NonNullable<DeletionStatusView['pending']>; cancel: DeletionAction }) {
  const [state, dispatch, busy] = useActionState(cancel, null);
  return (
    <div className="grid gap-4">
      <Alert role="status">
        <AlertTitle>Your account is scheduled for deletion</AlertTitle>
        <AlertDescription>
          <p>
            It will be erased on <LocalTime iso={pending.eraseAfter} /> (asked for on <LocalTime iso={pending.requestedAt} />).
          </p>
        </AlertDescription>
      </Alert>
      {state && !state.ok && <FormAlert title="Deletion was not cancelled" message={state.error.message} focusKey={state} />}
      <form action={dispatch}>
        <SubmitButton pending={busy} pendingLabel="Cancelling…">
          Cancel deletion
        </SubmitButton>
      </form>
    </div>
  );
}
