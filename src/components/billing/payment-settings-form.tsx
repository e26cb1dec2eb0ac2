'use client';

import { CircleCheck } from 'lucide-react';
import { FormAlert } from '@/components/auth/form-alert';
import { SubmitButton } from '@/components/auth/submit-button';
import { useFormAction } from '@/components/auth/use-form-action';
import { Alert, AlertTitle } from '@/components/ui/alert';
import type { BillingFormAction, BillingFormState } from './billing-form-state';

/** Whether patients pay online when they book (holding the slot 15 minutes) or at the desk. */
export function PaymentSettingsForm({ action, requirePaymentAtBooking, canRequire }: { action: BillingFormAction; requirePaymentAtBooking: boolean; canRequire: boolean }) {
  const { state, dispatch, pending, onSubmit } = useFormAction<BillingFormState>(action, null);
  const error = state && !state.ok ? state.error : null;
  return (
    <form action={dispatch} onSubmit={onSubmit} className="grid gap-4">
      {state?.ok && (
        <Alert role="status" variant="info">
          <CircleCheck aria-hidden="true" />
          <AlertTitle>{state.data.message}</AlertTitle>
        </Alert>
      )}
      {error && <FormAlert title="The setting was not saved" message={error.fieldErrors?.requirePaymentAtBooking?.[0] ?? error.message} problems={[]} focusKey={state} />}
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          name="requirePaymentAtBooking"
          defaultChecked={requirePaymentAtBooking}
          aria-describedby="require-payment-hint"
          className="mt-0.5 size-4 accent-primary"
        />
        <span>
          <span className="font-medium">Require payment when patients book online</span>
          <span id="require-payment-hint" className="block text-muted-foreground">
            {canRequire
              ? 'The visit is held for 15 minutes while the patient pays; unpaid holds are released. Bookings made by your front desk are paid at the desk.'
              : 'Available once your Stripe account is connected and can take payments.'}
          </span>
        </span>
      </label>
      <SubmitButton pending={pending} pendingLabel="Saving…" variant="outline" className="w-full sm:w-fit">
        Save payment setting
      </SubmitButton>
    </form>
  );
}
