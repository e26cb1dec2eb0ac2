'use client';

import { FormAlert } from '@/components/auth/form-alert';
import { TextField } from '@/components/auth/form-field';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import type { BillingFormAction, BillingFormState } from './billing-form-state';

/** Pro seats, monthly or yearly; submitting leaves for Stripe Checkout. */
export function UpgradeForm({ action, suggestedSeats }: { action: BillingFormAction; suggestedSeats: number }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<BillingFormState>(action, null);
  const errors = state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
  const problems = [
    ...(errors.interval?.length ? [{ fieldId: 'upgrade-interval-month', label: 'Billing period' }] : []),
    ...(errors.seats?.length ? [{ fieldId: 'upgrade-seats', label: 'Clinician seats' }] : []),
  ];
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="grid gap-5">
      {state && !state.ok && (
        <FormAlert title="Checkout could not start" message={problems.length > 0 ? undefined : state.error.message} problems={problems} focusKey={state} />
      )}
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">Billing period</legend>
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-2 text-sm">
            <input id="upgrade-interval-month" type="radio" name="interval" value="month" defaultChecked className="size-4 accent-primary" />
            Monthly
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="interval" value="year" className="size-4 accent-primary" />
            Yearly (two months free)
          </label>
        </div>
        {errors.interval && <p className="text-sm text-destructive">{errors.interval[0]}</p>}
      </fieldset>
      <TextField
        id="upgrade-seats"
        name="seats"
        label="Clinician seats"
        hint="One seat per clinician; change it any time in the customer portal."
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        defaultValue={String(suggestedSeats)}
        required
        errors={errors.seats}
        className="max-w-40"
      />
      <SubmitButton pending={pending} pendingLabel="Opening Stripe Checkout…" className="w-full sm:w-fit">
        Upgrade to Pro
      </SubmitButton>
    </form>
  );
}
