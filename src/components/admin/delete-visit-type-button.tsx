'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import type { AdminFormAction, AdminFormState } from './admin-form-state';

export function DeleteVisitTypeButton({ id, name, action }: { id: string; name: string; action: AdminFormAction }) {
  const [state, dispatch, pending] = useActionState<AdminFormState, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-col items-start gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="outline" size="sm" pending={pending} pendingLabel="Deleting…">
        Delete<span className="sr-only"> {name}</span>
      </SubmitButton>
      <p aria-live="polite" className={state && !state.ok ? 'text-sm font-medium text-destructive' : 'text-sm text-muted-foreground'}>
        {state && !state.ok ? state.error.message : ''}
      </p>
    </form>
  );
}
