import type { z } from 'zod';

/** Zod issues as fieldErrors keyed by the top-level field. */
export function prescribingFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[String(issue.path[0] ?? 'prescription')] ??= []).push(issue.message);
  return out;
}
