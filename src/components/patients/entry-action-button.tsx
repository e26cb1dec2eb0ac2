'use client';

import { FormAlert } from '@/components/auth/form-alert';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import type { PatientFormAction, PatientFormState } from './patient-form-state';

/** A one-button form for an entry (confirm, resolve, stop), with the entry named for screen readers. */
export function EntryActionButton({ action, fields, label, pendingLabel, describes }: { action: PatientFormAction; fields: Record<string, string>; label: string; pendingLabel: string; describes: string }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<PatientFormState>(action, null);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state && !state.ok && <FormAlert title="That did not work" message={state.error.message} focusKey={state} />}
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant="outline" size="sm" aria-label={`${label}: ${describes}`}>
        {label}
      </SubmitButton>
    </form>
  );
}
