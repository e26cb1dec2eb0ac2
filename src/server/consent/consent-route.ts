import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { parseJsonBody } from '@/server/platform/json-body';
import { jsonError, toErrorResponse } from '@/server/platform/json-route';
import { isSameOriginRequest } from '@/server/platform/same-origin';
import type { CookieWrite } from './cookie-writes';
import type { ConsentRequest } from './read-consent';

// Consent and preference bodies are a few hundred bytes; anything near this is not from our pages.
const MAX_BODY_BYTES = 8 * 1024;

interface ConsentRouteSpec<I, O> {
  route: string;
  input?: z.ZodType<I>;
  run: (context: { input: I; request: NextRequest; consent: ConsentRequest }) => Promise<{ body: O; cookies?: CookieWrite[] }>;
}

/**
 * The public (no session needed) counterpart of signedInRoute for consent: Origin check on state-changing
 * methods, size cap, Zod, then the use-case's cookies applied to the response. Every answer depends on the
 * visitor's own cookies, so none may be stored by a shared cache.
 */
export function consentRoute<I = undefined, O = unknown>(spec: ConsentRouteSpec<I, O>) {
  return async (request: NextRequest): Promise<Response> => {
    try {
      if (!isSameOriginRequest(request)) {
        return jsonError(403, { code: 'forbidden', message: 'This request did not come from ClinixAI.' });
      }
      const input = spec.input ? await parseJsonBody(request, spec.input, MAX_BODY_BYTES) : (undefined as I);
      const consent: ConsentRequest = { cookie: (name) => request.cookies.get(name)?.value, header: (name) => request.headers.get(name) };
      const { body, cookies = [] } = await spec.run({ input, request, consent });
      const response = NextResponse.json(body, { headers: { 'cache-control': 'private, no-store' } });
      for (const { name, value, ...options } of cookies) response.cookies.set(name, value, options);
      return response;
    } catch (error) {
      return toErrorResponse(error, spec.route);
    }
  };
}
