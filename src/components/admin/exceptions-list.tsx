'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import type { AdminFormAction, AdminFormState } from './admin-form-state';

export type ExceptionItem = { id: string; startsAt: string; endsAt: string; startsLocal: string; endsLocal: string; reason: string };

function RemoveButton({ clinicianUserId, item, action }: { clinicianUserId: string; item: ExceptionItem; action: AdminFormAction }) {
  const [state, dispatch, pending] = useActionState<AdminFormState, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-col items-start gap-1">
      <input type="hidden" name="clinicianUserId" value={clinicianUserId} />
      <input type="hidden" name="exceptionId" value={item.id} />
      <SubmitButton variant="outline" size="sm" pending={pending} pendingLabel="Removing…">
        Remove<span className="sr-only"> {item.reason}</span>
      </SubmitButton>
      {state && !state.ok && <p role="alert" className="text-sm font-medium text-destructive">{state.error.message}</p>}
    </form>
  );
}

/** Current and upcoming exceptions, soonest first. */
export function ExceptionsList({ clinicianUserId, items, remove }: { clinicianUserId: string; items: readonly ExceptionItem[]; remove: AdminFormAction }) {
  if (items.length === 0) return <p className="text-sm text-muted-foreground">No upcoming exceptions.</p>;
  return (
    <ul className="grid gap-2" aria-label="Upcoming exceptions">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3">
          <span>
            <span className="font-medium">{item.reason}</span>
            <span className="block text-sm text-muted-foreground">
              <time dateTime={item.startsAt}>{item.startsLocal}</time> – <time dateTime={item.endsAt}>{item.endsLocal}</time> (clinic time)
            </span>
          </span>
          <RemoveButton clinicianUserId={clinicianUserId} item={item} action={remove} />
        </li>
      ))}
    </ul>
  );
}
