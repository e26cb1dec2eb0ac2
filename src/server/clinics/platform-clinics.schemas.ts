import { z } from 'zod';
import { emailSchema } from '@/server/auth/auth.schemas';
import { timeZoneSchema } from './clinic-settings.schemas';

const optional = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : null));

export const createClinicSchema = z.object({
  name: z.string({ error: 'Enter the clinic name.' }).trim().min(1, 'Enter the clinic name.').max(120, 'Name must be at most 120 characters.'),
  slug: z
    .string({ error: 'Enter a short name for links.' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/, 'Short name: 3 to 50 lowercase letters, digits and dashes, not starting or ending with a dash.'),
  timeZone: timeZoneSchema,
  country: z
    .string({ error: 'Enter the country code.' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Country must be a two-letter ISO code such as US or GB.'),
  addressLine: optional(200, 'Address'),
  city: optional(100, 'City'),
  postalCode: optional(20, 'Postal code'),
  adminEmail: emailSchema,
});
export type CreateClinicInput = z.infer<typeof createClinicSchema>;

export const platformClinicViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  timeZone: z.string(),
  country: z.string(),
  city: z.string().nullable(),
  activeStaff: z.number().int(),
  activeAdmins: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type PlatformClinicView = z.infer<typeof platformClinicViewSchema>;
