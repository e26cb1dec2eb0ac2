import { NextRequest } from 'next/server';
import { handlers } from '@/server/auth/auth';
import { MAX_JSON_BODY_BYTES } from '@/server/platform/api-route';
import { publicUrlOf } from '@/server/platform/base-url';
import { jsonError } from '@/server/platform/json-route';

/** Auth.js builds redirects and cookie security from the request URL: give it the one the browser used. */
const asAddressed = (request: NextRequest, body?: ArrayBuffer) =>
  new NextRequest(publicUrlOf(request.url, request.headers), { method: request.method, headers: request.headers, body });

export function GET(request: NextRequest) {
  return handlers.GET(asAddressed(request));
}

/** Sign-in forms are tiny: anything over 100 KB is refused before Auth.js parses it. */
export async function POST(request: NextRequest) {
  const tooLarge = () => jsonError(413, { code: 'payload_too_large', message: 'The request body is too large.' });
  if (Number(request.headers.get('content-length') ?? '0') > MAX_JSON_BODY_BYTES) return tooLarge();
  const body = await request.arrayBuffer();
  if (body.byteLength > MAX_JSON_BODY_BYTES) return tooLarge();
  return handlers.POST(asAddressed(request, body));
}
