import { z } from 'zod';

/** What the public clinic directory shows: enough to choose a clinic, nothing about its patients or staff. */
export const clinicDirectoryEntrySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  timeZone: z.string(),
  city: z.string().nullable(),
});
export type ClinicDirectoryEntry = z.infer<typeof clinicDirectoryEntrySchema>;
