import { AppError, forbidden } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { recordDenial } from '@/server/audit/record-audit-event';
import { canManageBilling } from './billing.policy';
import { stripeClient } from './stripe-client';
import type Stripe from 'stripe';

/** The active clinic of a clinic admin, and Stripe; a refusal is recorded and says why. */
export async function requireBillingAdmin(principal: Principal, action: string): Promise<{ clinicId: string; stripe: Stripe }> {
  const clinicId = principal.active?.clinicId;
  if (!clinicId || !canManageBilling(principal, clinicId)) {
    await recordDenial(principal, { action, entityType: 'clinic', entityId: clinicId ?? null });
    throw forbidden('Only a clinic admin can manage billing.');
  }
  const stripe = stripeClient();
  if (!stripe) throw new AppError('conflict', 'Billing is switched off on this platform: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to enable it.');
  return { clinicId, stripe };
}

