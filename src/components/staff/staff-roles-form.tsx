'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import type { StaffFormAction, StaffFormState } from './staff-form-state';
import { staffRoleOptions } from './staff-form-state';

/** Which staff roles a person holds; saving applies at once (a removed role stops working on their next request). */
export function StaffRolesForm({ userId, who, roles, action }: { userId: string; who: string; roles: readonly string[]; action: StaffFormAction }) {
  const [state, dispatch, pending] = useActionState<StaffFormState, FormData>(action, null);
  const error = state && !state.ok ? (state.error.fieldErrors?.roles?.join(' ') ?? state.error.message) : null;
  return (
    <form action={dispatch} className="flex flex-col items-start gap-2">
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="sr-only">Roles of {who}</legend>
        {staffRoleOptions.map((option) => (
          <label key={option.value} className="flex min-h-6 items-center gap-2 text-sm">
            <input type="checkbox" name="roles" value={option.value} defaultChecked={roles.includes(option.value)} className="size-4 accent-primary" />
            {option.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton variant="outline" size="sm" pending={pending} pendingLabel="Saving…">
        Save roles<span className="sr-only"> of {who}</span>
      </SubmitButton>
      <p aria-live="polite" className={error ? 'text-sm font-medium text-destructive' : 'text-sm text-muted-foreground'}>
        {error ?? (state?.ok ? state.data.message : '')}
      </p>
    </form>
  );
}
