import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';
import type { ApiError } from '@/lib/result';
import { logger } from './logger';

/**
 * The JSON API's single wrapper: parse -> use-case -> JSON. Known errors keep their code and
 * message; unknown ones become a generic 500 and a server log line without the message,
 * which may contain patient data or SQL.
 */
export function jsonError(status: number, error: ApiError): Response {
  return Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } });
}

export function toErrorResponse(error: unknown, route: string): Response {
  if (error instanceof AppError) {
    return jsonError(error.status, { code: error.code, message: error.message, fieldErrors: error.fieldErrors });
  }
  logger().error({ route, errorType: error instanceof Error ? error.name : typeof error }, 'unhandled error in route');
  return jsonError(500, { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' });
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export async function handleJson<T>(route: string, run: () => Promise<T>, status = 200): Promise<Response> {
  try {
    // Success bodies are the resource itself (e.g. { items }), as the published API documents.
    return Response.json(await run(), { status, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error, route);
  }
}
