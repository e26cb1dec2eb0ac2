import type { z } from 'zod';
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
 * session -> Origin check -> parse -> use-case -> JSON (DESIGN.md rule 2). The use-case still
 * checks permissions itself; this wrapper only guarantees a principal and a valid input.
 */
export function signedInRoute<I = undefined, O = unknown>(spec: SignedInRoute<I, O>) {
  return async (request: Request): Promise<Response> => {
    try {
      if (!isSameOriginRequest(request)) {
        return jsonError(403, { code: 'forbidden', message: 'This request did not come from ClinixAI.' });
      }
      const principal = await requirePrincipal();
      const input = spec.input ? await parseJsonBody(request, spec.input, MAX_JSON_BODY_BYTES) : (undefined as I);
      const data = await spec.run({ principal, input, request });
      return Response.json(data, { status: spec.status ?? 200, headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error, spec.route);
    }
  };
}
