'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import { Button } from '@/components/ui/button';
import type { StaffFormAction, StaffFormState } from './staff-form-state';

/**
 * Deactivate (after a confirmation step: it locks the person out of the clinic at once) or reactivate one
 * person; a refusal, such as the last clinic admin, is said next to the button.
 */
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
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // A new answer (done, or refused) ends the confirmation step; adjusting state while rendering is React's pattern for this.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setConfirming(false);
  }

  return (
    <form action={dispatch} className="flex flex-col items-start gap-1">
      <input type="hidden" name="userId" value={userId} />
      {active && !confirming && (
        <Button variant="outline" size="sm" onClick={() => setConfirming(true)}>
          Deactivate<span className="sr-only"> {who}</span>
        </Button>
      )}
      {active && confirming && (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Confirm deactivating ${who}`}>
          <SubmitButton ref={confirmRef} variant="destructive" size="sm" pending={pending} pendingLabel="Deactivating…">
            Confirm deactivation<span className="sr-only"> of {who}</span>
          </SubmitButton>
          <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      )}
      {!active && (
        <SubmitButton variant="outline" size="sm" pending={pending} pendingLabel="Reactivating…">
          Reactivate<span className="sr-only"> {who}</span>
        </SubmitButton>
      )}
      <p aria-live="polite" className={state && !state.ok ? 'text-sm font-medium text-destructive' : 'text-sm text-muted-foreground'}>
        {state ? (state.ok ? state.data.message : state.error.message) : ''}
      </p>
    </form>
  );
}
