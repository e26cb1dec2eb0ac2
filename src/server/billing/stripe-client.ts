import Stripe from 'stripe';
import { env } from '@/config/env';

const holder = globalThis as typeof globalThis & { __clinixaiStripe?: { key: string; base: string | undefined; client: Stripe } };

/** Billing is on when the platform has a Stripe secret key (and, by env.ts, a webhook secret). */
export function billingEnabled(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY);
}

/**
 * The Stripe SDK, or null with billing off. STRIPE_API_BASE (tests only) points it at a local peer
 * through the SDK's own host/port/protocol options; nothing else changes.
 */
export function stripeClient(): Stripe | null {
  const { STRIPE_SECRET_KEY: key, STRIPE_API_BASE: base } = env();
  if (!key) return null;
  if (holder.__clinixaiStripe?.key === key && holder.__clinixaiStripe.base === base) return holder.__clinixaiStripe.client;
  const target = base ? new URL(base) : undefined;
  const client = new Stripe(key, {
    maxNetworkRetries: 1,
    timeout: 20_000,
    ...(target
      ? { host: target.hostname, port: Number(target.port || (target.protocol === 'https:' ? 443 : 80)), protocol: target.protocol === 'https:' ? 'https' : 'http' }
      : {}),
  });
  holder.__clinixaiStripe = { key, base, client };
  return client;
}

export function requireStripe(): Stripe {
  const client = stripeClient();
  if (!client) throw new Error('Stripe is not configured');
  return client;
}

/** Verifies a webhook's signature over the raw body (300-second tolerance) and returns the event. */
export function verifyStripeEvent(rawBody: string, signature: string | null, secret: string): Stripe.Event {
  if (!signature) throw new Stripe.errors.StripeSignatureVerificationError('', rawBody, { message: 'missing signature' });
  return Stripe.webhooks.constructEvent(rawBody, signature, secret, 300);
}
