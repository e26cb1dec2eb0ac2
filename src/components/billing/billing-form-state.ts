import type { Result } from '@/lib/result';

/** The answer of the billing server actions (src/server/billing/billing.actions.ts), restated for components. */
export type BillingFormState = Result<{ message: string }> | null;
export type BillingFormAction = (state: BillingFormState, form: FormData) => Promise<BillingFormState>;
