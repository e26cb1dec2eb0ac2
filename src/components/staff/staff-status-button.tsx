'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import type { StaffFormAction, StaffFormState } from './staff-form-state';

/** Deactivate or reactivate one person; a refusal (the last clinic admin) is said next to the button. */
export function StaffStatusButton({
  userId,
  who,
  active,
  deactivate,
  reactivate,
}: {
  userId: string;
  who: string;
  active: boolean;
  deactivate: StaffFormAction;
  reactivate: StaffFormAction;
}) {
  const [state, dispatch, pending] = useActionState<StaffFormState, FormData>(active ? deactivate : reactivate, null);
  return (
    <form action={dispatch} className="flex flex-col items-start gap-1">
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant={active ? 'destructive' : 'outline'} size="sm" pending={pending} pendingLabel={active ? 'Deactivating…' : 'Reactivating…'}>
        {active ? 'Deactivate' : 'Reactivate'}
        <span className="sr-only"> {who}</span>
      </SubmitButton>
      <p aria-live="polite" className={state && !state.ok ? 'text-sm font-medium text-destructive' : 'text-sm text-muted-foreground'}>
        {state ? (state.ok ? state.data.message : state.error.message) : ''}
      </p>
    </form>
  );
}
