'use client';

import { CircleCheck } from 'lucide-react';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import { Alert, AlertTitle } from '@/components/ui/alert';
import { cn } from '@/lib/cn';
import type { AdminFormAction, AdminFormState } from './admin-form-state';

const FieldErrorsContext = createContext<Record<string, string[]>>({});

/** The server's field errors for a name (or, with a prefix, every error under it, e.g. "days.2"). */
export function useFieldErrors(name: string, prefix = false): string[] | undefined {
  const errors = useContext(FieldErrorsContext);
  if (!prefix) return errors[name];
  const found = Object.entries(errors).filter(([key]) => key === name || key.startsWith(`${name}.`)).flatMap(([, v]) => v);
  return found.length > 0 ? found : undefined;
}

/**
 * A settings form: posts to a server action, keeps what was typed on error (useFormAction), announces the
 * result (role=status / an alert that takes focus) and hands field errors to the fields inside.
 */
export function AdminForm({
  action,
  submitLabel,
  pendingLabel,
  errorTitle,
  resetOnSuccess = false,
  className,
  children,
  label,
}: {
  action: AdminFormAction;
  submitLabel: ReactNode;
  pendingLabel: string;
  errorTitle: string;
  resetOnSuccess?: boolean;
  className?: string;
  children: ReactNode;
  label?: string;
}) {
  const { state, dispatch, pending, onSubmit } = useFormAction<AdminFormState>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} noValidate aria-label={label} className={cn('grid gap-5', className)}>
      {state?.ok && (
        <Alert role="status" variant="info">
          <CircleCheck aria-hidden="true" />
          <AlertTitle>{state.data.message}</AlertTitle>
        </Alert>
      )}
      {state && !state.ok && (
        <FormAlert title={errorTitle} message={hasFieldErrors ? 'Some fields need attention: see the messages beside them.' : state.error.message} focusKey={state} />
      )}
      <FieldErrorsContext.Provider value={errors}>{children}</FieldErrorsContext.Provider>
      <SubmitButton pending={pending} pendingLabel={pendingLabel} className="w-full sm:w-fit">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
