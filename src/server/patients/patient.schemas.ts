import { z } from 'zod';

export const MAX_SEARCH_LIMIT = 200;

/** NUL and other C0 controls: PostgreSQL refuses NUL in text, and none belongs in a name or a search. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** GET /api/v1/patients?query=&limit= */
export const searchPatientsInputSchema = z.object({
  query: z
    .string({ error: 'query must be text.' })
    .max(100, 'query can be at most 100 characters.')
    .refine((text) => !CONTROL_CHARACTERS.test(text), 'query cannot contain control characters.')
    .default(''),
  limit: z.coerce
    .number({ error: 'limit must be a number.' })
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(MAX_SEARCH_LIMIT, `limit can be at most ${MAX_SEARCH_LIMIT}.`)
    .default(25),
});
export type SearchPatientsInput = z.infer<typeof searchPatientsInputSchema>;

/** One search result, as the API and the search screen show it. */
export const patientSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  birthDate: z.iso.date(),
  mrn: z.string(),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

export const patientIdSchema = z.uuid({ error: 'That patient reference is not valid.' });
