'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requirePrincipal } from '@/server/access/principal';
import { baseUrlFrom } from '@/server/platform/base-url';
import { toFormError, type FormState } from '@/server/platform/form-state';
import { openBillingPortal } from './open-billing-portal';
import { startConnectOnboarding } from './start-connect-onboarding';
import { startSubscriptionCheckout } from './start-subscription-checkout';
import { startVisitPayment } from './start-visit-payment';
import { updatePaymentSettings } from './update-payment-settings';

/*
 * Stripe's hosted pages are reached by redirect (no Stripe script on our pages). redirect() throws, so it
 * runs after the try: an error becomes the form's answer, success leaves for Stripe.
 */

async function toStripe(run: (baseUrl: string) => Promise<{ url: string }>, what: string): Promise<FormState> {
  let url: string;
  try {
    ({ url } = await run(baseUrlFrom(await headers())));
  } catch (error) {
    return toFormError(error, what);
  }
  redirect(url);
}

export async function startCheckoutAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  return toStripe((base) => startSubscriptionCheckout(principal, { interval: form.get('interval'), seats: form.get('seats') }, base), 'billing.checkout');
}

export async function openPortalAction(_state: FormState, _form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  return toStripe((base) => openBillingPortal(principal, base), 'billing.portal');
}

export async function startConnectAction(_state: FormState, _form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  return toStripe((base) => startConnectOnboarding(principal, base), 'billing.connect');
}

export async function payVisitAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  return toStripe((base) => startVisitPayment(principal, { paymentId: form.get('paymentId') }, base), 'visit_payment.pay');
}

export async function setPaymentSettingsAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  try {
    const { requirePaymentAtBooking } = await updatePaymentSettings(principal, { requirePaymentAtBooking: form.get('requirePaymentAtBooking') === 'on' });
    revalidatePath('/admin/billing');
    return { ok: true, data: { message: requirePaymentAtBooking ? 'Patients now pay online when they book.' : 'Patients now pay at the desk.' } };
  } catch (error) {
    return toFormError(error, 'billing.settings');
  }
}
