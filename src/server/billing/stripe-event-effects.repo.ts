import type Stripe from 'stripe';
import type { Db } from '@/db/client';
import { applyConnectAccount, applyInvoice, applySubscription, linkCheckoutCustomer } from './subscription-sync.repo';
import { expireHold, findPendingBySession, markRefunded, markVisitPaid } from './visit-payments.repo';

/** What must happen after the event's transaction commits (mail, Stripe calls): never inside it. */
export type AfterCommit = { receipt?: string; refund?: { paymentIntentId: string; paymentId: string } };

const idOf = (ref: string | { id: string } | null | undefined) => (typeof ref === 'string' ? ref : (ref?.id ?? null));

/** The effect of one verified event, inside the transaction that records its id. */
export async function applyEvent(tx: Db, event: Stripe.Event, now: Date): Promise<{ note: string; after: AfterCommit }> {
  const none = (note: string) => ({ note, after: {} });
  switch (event.type) {
    case 'checkout.session.completed': {
      const session = event.data.object;
      if (session.mode === 'subscription') return none(await linkCheckoutCustomer(tx, session));
      const paymentId = session.metadata?.visitPaymentId;
      if (session.mode !== 'payment' || !paymentId || !/^[0-9a-f-]{36}$/i.test(paymentId)) return none('not ours');
      const intent = idOf(session.payment_intent);
      const result = await markVisitPaid(tx, paymentId, intent, now);
      if (result === 'paid') return { note: result, after: { receipt: paymentId } };
      if (result === 'late' && intent) return { note: result, after: { refund: { paymentIntentId: intent, paymentId } } };
      return none(result);
    }
    case 'checkout.session.expired': {
      const row = await findPendingBySession(tx, event.data.object.id);
      if (!row) return none('no hold');
      await expireHold(tx, row, now);
      return none('hold released');
    }
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return none(await applySubscription(tx, event.data.object, event.created, event.type === 'customer.subscription.deleted'));
    case 'invoice.paid':
    case 'invoice.payment_failed':
      return none(await applyInvoice(tx, event.data.object, event.created, event.type === 'invoice.paid'));
    case 'charge.refunded': {
      const intent = idOf(event.data.object.payment_intent);
      return none(intent && (await markRefunded(intent, now, tx)) ? 'refunded' : 'no change');
    }
    case 'account.updated':
      return none(await applyConnectAccount(tx, event.data.object, event.created));
    default:
      return none('unhandled type acknowledged');
  }
}

