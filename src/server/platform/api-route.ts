import type { z } from 'zod';
import { bearerTokenOf } from '@/server/access/api-token';
import { principalFromBearer } from '@/server/access/bearer-principal';
import { requirePrincipal, type Principal } from '@/server/access/principal';
import { parseJsonBody } from './json-body';
import { jsonError, toErrorResponse } from './json-route';
import { isSameOriginRequest } from './same-origin';

/** Bodies larger than this are refused before parsing (the JSON API carries no uploads). */
export const MAX_JSON_BODY_BYTES = 100 * 1024;

interface SignedInRoute<I, O> {
  route: string;
  input?: z.ZodType<I>;
  run: (ctx: { principal: Principal; input: I; request: Request }) => Promise<O>;
  status?: number;
}

/**
 * Who is calling: an `Authorization: Bearer` token, or else the session cookie. A bearer request carries
 * no ambient credential a browser could attach on another site's behalf, so it skips the Origin check;
 * a cookie request that changes state must come from our own origin (CSRF). A present but invalid
 * Authorization header is refused, never silently replaced by the cookie.
 */
export async function requestPrincipal(request: Request): Promise<Principal> {
  const token = bearerTokenOf(request);
  if (token !== null) return principalFromBearer(token);
  if (!isSameOriginRequest(request)) throw new CrossOriginRequest();
  return requirePrincipal();
}

class CrossOriginRequest extends Error {}

/** 401 answers tell a token client how to authenticate (RFC 6750). */
function withChallenge(response: Response, request: Request): Response {
  if (response.status === 401 && bearerTokenOf(request) !== null) response.headers.set('www-authenticate', 'Bearer error="invalid_token"');
  return response;
}

/**
 * caller -> Origin check (cookies only) -> parse -> use-case -> JSON (DESIGN.md rule 2). The use-case
 * still checks permissions itself; this wrapper only guarantees a principal and a valid input.
 */
export function signedInRoute<I = undefined, O = unknown>(spec: SignedInRoute<I, O>) {
  return async (request: Request): Promise<Response> => {
    try {
      const principal = await requestPrincipal(request);
      const input = spec.input ? await parseJsonBody(request, spec.input, MAX_JSON_BODY_BYTES) : (undefined as I);
      const data = await spec.run({ principal, input, request });
      return Response.json(data, { status: spec.status ?? 200, headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      if (error instanceof CrossOriginRequest) {
        return jsonError(403, { code: 'forbidden', message: 'This request did not come from ClinixAI.' });
      }
      return withChallenge(toErrorResponse(error, spec.route), request);
    }
  };
}
