'use client';

import { CircleCheck } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import { Alert, AlertTitle } from '@/components/ui/alert';
import type { FieldErrors, PatientFormAction, PatientFormState } from './patient-form-state';

type ChartFormProps = {
  action: PatientFormAction;
  /** Hidden fields (patientId, entry ids). */
  hidden?: Record<string, string>;
  /** Field ids and labels, for the error summary's links. */
  fields: readonly { name: string; id: string; label: string }[];
  failureTitle: string;
  submitLabel: string;
  pendingLabel: string;
  resetOnSuccess?: boolean;
  children: (errors: FieldErrors) => ReactNode;
  /** Rendered after a success, e.g. a link to the new record. */
  onSuccess?: (state: Extract<PatientFormState, { ok: true }>) => ReactNode;
};

/** One form of the chart: the fields it renders, an error summary linking to them, and a calm success line. */
export function ChartForm({ action, hidden, fields, failureTitle, submitLabel, pendingLabel, resetOnSuccess = true, children, onSuccess }: ChartFormProps) {
  const { state, dispatch, pending, onSubmit } = useFormAction<PatientFormState>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  const errors: FieldErrors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  const problems = fields.flatMap((f) => (errors[f.name]?.length ? [{ fieldId: f.id, label: f.label }] : []));
  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-4">
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state?.ok && (
        <Alert role="status" variant="info">
          <CircleCheck aria-hidden="true" />
          <AlertTitle>{state.data.message}</AlertTitle>
          {onSuccess?.(state)}
        </Alert>
      )}
      {state && !state.ok && (
        <FormAlert title={failureTitle} message={problems.length > 0 ? undefined : state.error.message} problems={problems} focusKey={state} />
      )}
      {children(errors)}
      <SubmitButton pending={pending} pendingLabel={pendingLabel} className="w-full sm:w-fit">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
