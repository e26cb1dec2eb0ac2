import { z } from 'zod';
import { emailSchema, signUpSchema } from '@/server/auth/auth.schemas';
import { newPasswordSchema } from '@/server/auth/password-policy';

/** The roles an admin can invite to; patients sign up themselves. */
export const invitableRoles = ['clinician', 'clinic_admin'] as const;
export type InvitableRole = (typeof invitableRoles)[number];

export const inviteStaffSchema = z.object({
  email: emailSchema,
  role: z.enum(invitableRoles, { error: 'Choose a role: clinician or clinic admin.' }),
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

export const invitationIdSchema = z.object({
  invitationId: z.uuid({ error: 'That invitation reference is not valid.' }),
});

/** The token from the link: 32 random bytes, base64url. Anything else is not one of ours. */
export const invitationTokenSchema = z
  .string({ error: 'The link is incomplete.' })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'The link is not valid; open it from the email again.');

export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });

export const joinWithPasswordSchema = z.object({
  token: invitationTokenSchema,
  name: signUpSchema.shape.name,
  password: newPasswordSchema,
});

export const invitationStatuses = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** What the staff screen shows of an invitation. */
export const invitationViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(invitableRoles),
  status: z.enum(invitationStatuses),
  sentAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type InvitationView = z.infer<typeof invitationViewSchema>;

/** What the landing page may show to whoever holds the link: the clinic, the role and the invited address. */
export const invitationLandingSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('pending'),
    clinicName: z.string(),
    role: z.enum(invitableRoles),
    email: z.string(),
    expiresAt: z.iso.datetime(),
  }),
  z.object({ state: z.enum(['accepted', 'revoked', 'expired', 'invalid']) }),
]);
export type InvitationLanding = z.infer<typeof invitationLandingSchema>;
