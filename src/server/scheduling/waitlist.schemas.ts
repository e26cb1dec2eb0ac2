import { z } from 'zod';

const day = (field: string) => z.iso.date({ error: `Use a date like 2026-03-09 for ${field}.` });

export const addToWaitlistSchema = z
  .object({
    patientId: z.uuid({ error: 'Choose a patient.' }),
    visitTypeId: z.uuid({ error: 'Choose a visit type.' }),
    clinicianId: z.union([z.uuid({ error: 'Choose a clinician or "any".' }), z.literal('').transform(() => undefined)]).optional(),
    notBefore: day('"from"'),
    notAfter: day('"until"'),
    note: z.string().trim().max(300, 'Keep the note under 300 characters.').optional(),
  })
  .refine((v) => v.notBefore <= v.notAfter, { path: ['notAfter'], message: '"Until" must be on or after "from".' });

export const waitlistEntryIdSchema = z.object({ entryId: z.uuid({ error: 'That waitlist entry reference is not valid.' }) });

export const waitlistStatuses = ['waiting', 'offered', 'booked', 'removed'] as const;

/** What the front desk sees of a waiting patient. */
export const waitlistEntryViewSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  patientName: z.string(),
  visitTypeId: z.uuid(),
  visitTypeName: z.string(),
  clinicianName: z.string().nullable(),
  notBefore: z.string(),
  notAfter: z.string(),
  status: z.enum(waitlistStatuses),
  offeredStart: z.string().nullable(),
  offeredClinicianId: z.uuid().nullable(),
});
export type WaitlistEntryView = z.infer<typeof waitlistEntryViewSchema>;
