import { z } from 'zod';
import { invitableRoles } from './invitation.schemas';

export const staffMemberIdSchema = z.object({
  userId: z.uuid({ error: 'That staff member reference is not valid.' }),
});

/** The roles a person should hold at the clinic; removing every role is what deactivating is for. */
export const setStaffRolesSchema = staffMemberIdSchema.extend({
  roles: z
    .array(z.enum(invitableRoles, { error: 'Roles must be clinician or clinic admin.' }), { error: 'Choose at least one role.' })
    .min(1, 'Choose at least one role; to remove every role, deactivate the member instead.')
    .max(2)
    .transform((roles) => [...new Set(roles)]),
});
export type SetStaffRolesInput = z.infer<typeof setStaffRolesSchema>;

/** One person on the staff screen: their roles at the clinic and whether they can still act there. */
export const staffPersonViewSchema = z.object({
  userId: z.uuid(),
  name: z.string().nullable(),
  email: z.string(),
  /** Roles currently active; empty when deactivated. */
  roles: z.array(z.enum(invitableRoles)),
  status: z.enum(['active', 'deactivated']),
  since: z.iso.datetime(),
  deactivatedAt: z.iso.datetime().nullable(),
  isYou: z.boolean(),
});
export type StaffPersonView = z.infer<typeof staffPersonViewSchema>;
