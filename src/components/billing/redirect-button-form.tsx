'use client';

import type { ReactNode } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import type { BillingFormAction, BillingFormState } from './billing-form-state';

/**
 * One button that leaves for a Stripe-hosted page (Checkout, Customer Portal, Connect onboarding).
 * On success the browser is redirected; a refusal is shown here and announced.
 */
export function RedirectButtonForm({
  action,
  label,
  pendingLabel,
  failure,
  hidden,
  variant,
}: {
  action: BillingFormAction;
  label: ReactNode;
  pendingLabel: string;
  failure: string;
  hidden?: Record<string, string>;
  variant?: 'default' | 'outline' | 'secondary';
}) {
  const { state, dispatch, pending, onSubmit } = useFormAction<BillingFormState>(action, null);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="grid gap-3">
      {state && !state.ok && <FormAlert title={failure} message={state.error.message} problems={[]} focusKey={state} />}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} pendingLabel={pendingLabel} variant={variant} className="w-full sm:w-fit">
        {label}
      </SubmitButton>
    </form>
  );
}
