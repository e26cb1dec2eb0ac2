import type { z } from 'zod';
import { AppError, validationFailed } from '@/lib/errors';
import { fieldErrorsOf } from './json-route';

/**
 * Reads a JSON body with a size cap (checked on the declared length first, then on what
 * arrived) and validates it, so every route refuses oversized, malformed and invalid input
 * the same way: 413, or 422 with errors named by field.
 */
async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new AppError('payload_too_large', 'The request body is too large.');
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw validationFailed({ _: ['The body must be valid JSON.'] }, 'The body must be valid JSON.');
  }
}

export async function parseJsonBody<I>(request: Request, schema: z.ZodType<I>, maxBytes: number): Promise<I> {
  const parsed = schema.safeParse(await readJson(request, maxBytes));
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  return parsed.data;
}
