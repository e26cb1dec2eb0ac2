'use client';

import { CircleCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { TextField } from '@/components/auth/form-field';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import { Alert, AlertTitle } from '@/components/ui/alert';
import { RoleSelect } from './role-select';
import type { StaffFormAction, StaffFormState } from './staff-form-state';

const fields = [
  { name: 'email', id: 'invite-email', label: 'Email address' },
  { name: 'role', id: 'invite-role', label: 'Role' },
] as const;

/** Invite by email. After a success the form clears for the next person and says where the link went. */
export function InviteStaffForm({ action }: { action: StaffFormAction }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<StaffFormState>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);

  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  const problems = fields.flatMap((f) => (errors[f.name]?.length ? [{ fieldId: f.id, label: f.label }] : []));
  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-5">
      {state?.ok && (
        <Alert role="status" variant="info">
          <CircleCheck aria-hidden="true" />
          <AlertTitle>{state.data.message}</AlertTitle>
        </Alert>
      )}
      {state && !state.ok && (
        <FormAlert
          title="The invitation was not sent"
          message={problems.length > 0 ? undefined : state.error.message}
          problems={problems}
          focusKey={state}
        />
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="invite-email"
          name="email"
          label="Email address"
          hint="The invitation link goes to this address."
          type="email"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          errors={errors.email}
        />
        <RoleSelect id="invite-role" errors={errors.role} />
      </div>
      <SubmitButton pending={pending} pendingLabel="Sending the invitation…" className="w-full sm:w-fit">
        Send invitation
      </SubmitButton>
    </form>
  );
}
