// A local stand-in for Stripe's API (https://api.stripe.com/v1) for the calls ClinixAI makes, speaking the
// same request (form-encoded) and response (JSON objects with ids and `object`) shapes, plus tiny "hosted"
// pages for Checkout, the Customer Portal and Connect onboarding. When a person completes one of those
// pages, the peer posts the events Stripe would send to the platform's webhook, signed with the same
// scheme (stripe.webhooks.generateTestHeaderString), then redirects back like Stripe does.
// Loopback only; state in memory; for tests.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';

const newId = (prefix) => `${prefix}_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/** Stripe's form encoding (a[b][0]=c) back into objects and arrays. */
export function parseStripeForm(text) {
  const out = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let node = out;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[index + 1]);
      if (last) node[part] = value;
      else node = node[part] ??= nextIsIndex ? [] : {};
    });
  }
  return out;
}

const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

export async function startStripeServer({ port = 0, webhookUrl, webhookSecret, prices = {} }) {
  const state = { customers: new Map(), sessions: new Map(), accounts: new Map(), subscriptions: new Map(), refunds: [], events: [] };
  const priceByLookup = new Map(
    Object.entries({ clinixai_pro_seat_monthly: ['month', 2900], clinixai_pro_seat_yearly: ['year', 29000], ...prices }).map(([key, [interval, amount]]) => [
      key,
      { id: newId('price'), object: 'price', active: true, currency: 'usd', lookup_key: key, unit_amount: amount, recurring: { interval } },
    ]),
  );
  let base = '';

  async function sendEvent(type, object) {
    const event = { id: newId('evt'), object: 'event', api_version: Stripe.API_VERSION, created: now(), type, livemode: false, data: { object } };
    state.events.push(event);
    const payload = JSON.stringify(event);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
    const response = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
    await response.text();
    return response.status;
  }

  async function completeCheckout(session) {
    session.status = 'complete';
    if (session.mode === 'subscription') {
      const item = session.line_items?.[0] ?? {};
      const price = [...priceByLookup.values()].find((p) => p.id === item.price) ?? [...priceByLookup.values()][0];
      const subscription = {
        id: newId('sub'),
        object: 'subscription',
        customer: session.customer,
        status: 'active',
        cancel_at_period_end: false,
        metadata: session.subscription_data?.metadata ?? {},
        items: { object: 'list', data: [{ id: newId('si'), object: 'subscription_item', quantity: Number(item.quantity ?? 1), price, current_period_end: now() + (price.recurring.interval === 'year' ? 365 : 30) * 86400 }] },
      };
      state.subscriptions.set(subscription.id, subscription);
      session.subscription = subscription.id;
      await sendEvent('checkout.session.completed', session);
      await sendEvent('customer.subscription.created', subscription);
      await sendEvent('invoice.paid', { id: newId('in'), object: 'invoice', customer: session.customer, subscription: subscription.id, status: 'paid' });
    } else {
      session.payment_intent = newId('pi');
      session.payment_status = 'paid';
      await sendEvent('checkout.session.completed', session);
    }
  }

  function json(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
  function html(res, body) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  }
  function redirect(res, location) {
    res.writeHead(303, { location });
    res.end();
  }

  async function api(req, res, path, form, query) {
    const auth = req.headers.authorization ?? '';
    if (!/^Bearer (sk|rk)_/.test(auth)) return json(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    let m;
    if (req.method === 'POST' && path === '/v1/customers') {
      const customer = { id: newId('cus'), object: 'customer', name: form.name ?? null, metadata: form.metadata ?? {} };
      state.customers.set(customer.id, customer);
      return json(res, 200, customer);
    }
    if (req.method === 'GET' && path === '/v1/prices') {
      const keys = Object.values(query.lookup_keys ?? {});
      const data = keys.map((key) => priceByLookup.get(key)).filter(Boolean);
      return json(res, 200, { object: 'list', data, has_more: false, url: '/v1/prices' });
    }
    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      const id = newId('cs_test');
      const session = { id, object: 'checkout.session', status: 'open', url: `${base}/checkout/${id}`, customer: form.customer ?? null, payment_intent: null, subscription: null, ...form, line_items: form.line_items };
      state.sessions.set(id, session);
      return json(res, 200, session);
    }
    if (req.method === 'POST' && (m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)\/expire$/))) {
      const session = state.sessions.get(m[1]);
      if (!session) return json(res, 404, { error: { type: 'invalid_request_error', message: 'No such checkout session' } });
      session.status = 'expired';
      return json(res, 200, session);
    }
    if (req.method === 'POST' && path === '/v1/billing_portal/sessions') {
      const id = newId('bps');
      return json(res, 200, { id, object: 'billing_portal.session', customer: form.customer, return_url: form.return_url, url: `${base}/portal/${id}?return=${encodeURIComponent(form.return_url)}` });
    }
    if (req.method === 'POST' && path === '/v1/accounts') {
      const account = { id: newId('acct'), object: 'account', type: form.type, charges_enabled: false, details_submitted: false, metadata: form.metadata ?? {} };
      state.accounts.set(account.id, account);
      return json(res, 200, account);
    }
    if (req.method === 'POST' && path === '/v1/account_links') {
      const link = { object: 'account_link', created: now(), expires_at: now() + 300, url: `${base}/connect/${form.account}?return=${encodeURIComponent(form.return_url)}` };
      return json(res, 200, link);
    }
    if (req.method === 'POST' && path === '/v1/refunds') {
      const refund = { id: newId('re'), object: 'refund', payment_intent: form.payment_intent, status: 'succeeded' };
      state.refunds.push(refund);
      setTimeout(() => void sendEvent('charge.refunded', { id: newId('ch'), object: 'charge', payment_intent: form.payment_intent, refunded: true }).catch(() => {}), 10);
      return json(res, 200, refund);
    }
    return json(res, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path})` } });
  }

  async function hosted(req, res, path, url) {
    let m;
    if ((m = path.match(/^\/checkout\/([^/]+)$/)) && req.method === 'GET') {
      const session = state.sessions.get(m[1]);
      if (!session) return html(res, page('Checkout not found', ''));
      const action = session.mode === 'subscription' ? 'Subscribe' : 'Pay';
      return html(res, page('Test checkout', `<form method="post" action="/checkout/${session.id}"><button type="submit">${action}</button></form><p><a href="${session.cancel_url}">Cancel</a></p>`));
    }
    if ((m = path.match(/^\/checkout\/([^/]+)$/)) && req.method === 'POST') {
      const session = state.sessions.get(m[1]);
      if (!session || session.status !== 'open') return html(res, page('This checkout has ended', ''));
      await completeCheckout(session);
      return redirect(res, session.success_url);
    }
    if ((m = path.match(/^\/connect\/([^/]+)$/))) {
      const account = state.accounts.get(m[1]);
      const back = url.searchParams.get('return') ?? '/';
      if (!account) return html(res, page('Account not found', ''));
      if (req.method === 'GET') return html(res, page('Test Connect onboarding', `<form method="post"><button type="submit">Finish onboarding</button></form>`));
      Object.assign(account, { charges_enabled: true, details_submitted: true });
      await sendEvent('account.updated', account);
      return redirect(res, back);
    }
    if (path.startsWith('/portal/')) {
      return html(res, page('Test customer portal', `<p><a href="${url.searchParams.get('return') ?? '/'}">Return to ClinixAI</a></p>`));
    }
    res.writeHead(404);
    res.end();
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base || 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const run = url.pathname.startsWith('/v1/') ? api(req, res, url.pathname, parseStripeForm(text), parseStripeForm(url.search.slice(1))) : hosted(req, res, url.pathname, url);
      run.catch((error) => json(res, 500, { error: { type: 'api_error', message: String(error) } }));
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  return {
    url: base,
    state,
    sendEvent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
