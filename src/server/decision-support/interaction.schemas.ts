import { z } from 'zod';

const name = z.string({ error: 'Each entry must be a name (text).' }).trim().min(1, 'Entries may not be empty.').max(120, 'Each name may be at most 120 characters.');

/** POST /api/v1/decision-support/interactions */
export const interactionRequestSchema = z.strictObject({
  medications: z.array(name, { error: 'Give a list of medication names.' }).min(1, 'Give at least one medication.').max(50, 'At most 50 medications per check.'),
  allergies: z.array(name, { error: 'Give a list of allergy names.' }).max(50, 'At most 50 allergies per check.').optional(),
});
export type InteractionRequest = z.infer<typeof interactionRequestSchema>;
