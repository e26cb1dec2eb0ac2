import { z } from 'zod';
import { roles } from '@/config/roles';

export const API_TOKEN_MAX_DAYS = 90;

export const createApiTokenSchema = z.object({
  name: z.string({ error: 'Give the token a name.' }).trim().min(1, 'Give the token a name, e.g. "Reporting script".').max(80, 'Name must be at most 80 characters.'),
  /** "<clinicId>:<role>", or ":<role>" for an installation-wide role: one of the person's memberships. */
  membership: z.string({ error: 'Choose the role the token acts in.' }).regex(/^([0-9a-f-]{36})?:[a-z_]{1,20}$/, 'Choose the role the token acts in.'),
  expiresInDays: z.coerce
    .number({ error: 'Expiry must be a number of days.' })
    .int('Expiry must be a whole number of days.')
    .min(1, 'Expiry must be at least 1 day.')
    .max(API_TOKEN_MAX_DAYS, `Expiry must be at most ${API_TOKEN_MAX_DAYS} days.`),
});

export const apiTokenIdSchema = z.object({ id: z.uuid({ error: 'That token reference is not valid.' }) });

export const apiTokenViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  clinicId: z.string().nullable(),
  clinicName: z.string().nullable(),
  role: z.enum(roles),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type ApiTokenView = z.infer<typeof apiTokenViewSchema>;
