import type { z } from 'zod';
import { AppError, validationFailed } from '@/lib/errors';
import { requirePrincipal, type Principal } from '@/server/access/principal';
import { fieldErrorsOf, jsonError, toErrorResponse } from './json-route';
import { isSameOriginRequest } from './same-origin';

/** Bodies larger than this are refused before parsing (the JSON API carries no uploads). */
export const MAX_JSON_BODY_BYTES = 100 * 1024;

interface SignedInRoute<I, O> {
  route: string;
  input?: z.ZodType<I>;
  run: (ctx: { principal: Principal; input: I; request: Request }) => Promise<O>;
  status?: number;
}

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_JSON_BODY_BYTES) throw new AppError('payload_too_large', 'The request body is too large.');
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw new AppError('payload_too_large', 'The request body is too large.');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw validationFailed({ _: ['The body must be valid JSON.'] }, 'The body must be valid JSON.');
  }
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
      let input = undefined as I;
      if (spec.input) {
        const parsed = spec.input.safeParse(await readJson(request));
        if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
        input = parsed.data;
      }
      const data = await spec.run({ principal, input, request });
      return Response.json(data, { status: spec.status ?? 200, headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      return toErrorResponse(error, spec.route);
    }
  };
}
