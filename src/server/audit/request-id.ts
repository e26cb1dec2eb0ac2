import { headers } from 'next/headers';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id scripts/serve.mjs stamps on every request (and returns as `x-request-id`), or null outside a
 * request (scripts, tests, start-up) or when the app runs without that server. Never throws: an audit
 * event is written whether or not its request id can be known.
 */
export async function currentRequestId(): Promise<string | null> {
  try {
    const value = (await headers()).get('x-request-id');
    return value && REQUEST_ID.test(value) ? value : null;
  } catch {
    return null;
  }
}
