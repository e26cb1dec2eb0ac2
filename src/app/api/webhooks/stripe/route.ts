import { handleStripeWebhook } from '@/server/billing/handle-stripe-webhook';
import { toErrorResponse } from '@/server/platform/json-route';

export const dynamic = 'force-dynamic';

/** Stripe's events are small; anything far larger is not from Stripe. */
const MAX_BODY_BYTES = 512 * 1024;

// Signed by Stripe instead of a session: no Origin check, and the body is read raw for the signature.
export async function POST(request: Request): Promise<Response> {
  try {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return Response.json({ error: { code: 'payload_too_large', message: 'Body too large.' } }, { status: 413 });
    const body = await request.text();
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) return Response.json({ error: { code: 'payload_too_large', message: 'Body too large.' } }, { status: 413 });
    const outcome = await handleStripeWebhook(body, request.headers.get('stripe-signature'));
    return Response.json(outcome.body, { status: outcome.status, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error, '/api/webhooks/stripe');
  }
}
