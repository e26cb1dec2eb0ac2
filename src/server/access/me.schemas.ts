import { z } from 'zod';
import { roles } from '@/config/roles';

export const activeRoleInputSchema = z.object({
  clinicId: z.uuid({ error: 'clinicId must be a clinic id.' }).nullable(),
  role: z.enum(roles, { error: `role must be one of ${roles.join(', ')}.` }),
});
export type ActiveRoleInput = z.infer<typeof activeRoleInputSchema>;

export const meSchema = z.object({
  user: z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }),
  memberships: z.array(z.object({ clinicId: z.string().nullable(), clinicName: z.string().nullable(), role: z.enum(roles) })),
  active: z.object({ clinicId: z.string().nullable(), role: z.enum(roles) }).nullable(),
});
export type Me = z.infer<typeof meSchema>;
