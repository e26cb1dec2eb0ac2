import { z } from 'zod';

/** One access to the person's chart, as the privacy center shows it: who, in which role and clinic, when, what. */
export const recordAccessSchema = z.object({
  at: z.iso.datetime(),
  who: z.string(),
  byYou: z.boolean(),
  role: z.string().nullable(),
  clinic: z.string().nullable(),
  action: z.string(),
  what: z.string(),
  outcome: z.enum(['allowed', 'denied', 'error']),
});
export type RecordAccess = z.infer<typeof recordAccessSchema>;
