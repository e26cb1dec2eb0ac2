import { randomUUID } from 'node:crypto';
import { AppError, forbidden, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { assertWithinPlan } from '@/server/billing/plan-limits';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { sendMail } from '@/server/notifications/mailer';
import { notifyStaffInvitation } from '@/server/notifications/notify-staff-invitation';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { INVITATION_LIFETIME_MS, staffClinicOf } from './invitation.policy';
import { inviteStaffSchema, invitationViewSchema, type InvitationView } from './invitation.schemas';
import { withArticle } from './invitation-messages';
import { invitationPath, newInvitationToken } from './invitation-token';
import { clinicNameOf, insertInvitation, isActiveMember } from './invitations.repo';

const subject = (entityId: string | null) => ({ action: 'staff.invite', entityType: 'staff_invitation', entityId });

/**
 * A clinic admin invites someone to their active clinic as clinician or clinic admin. The email
 * carries the only copy of the token; inviting the same address and role again replaces the link.
 */
export async function inviteStaff(principal: Principal, raw: unknown, baseUrl: string, now = new Date()): Promise<{ invitation: InvitationView }> {
  const clinicId = staffClinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, subject(null));
    throw forbidden('Only a clinic admin can invite staff.');
  }
  const parsed = inviteStaffSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { email, role } = parsed.data;

  const clinicName = await clinicNameOf(clinicId);
  if (!clinicName) throw notFound('The clinic');
  if (await isActiveMember(clinicId, email, role)) {
    const message = `${email} is already ${withArticle(role)} at ${clinicName}.`;
    throw new AppError('conflict', message, { email: [message] });
  }

  if (role === 'clinician') await assertWithinPlan(clinicId, 'clinicians', now);
  const id = randomUUID();
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await insertInvitation(
    { id, clinicId, email, role, tokenHash, invitedByUserId: principal.userId, expiresAt },
    auditEventOf(principal, subject(id), 'allowed'),
    now,
  );
  const inviter = principal.name?.trim() || 'Your clinic administrator';
  await sendMail({
    to: email,
    subject: `You are invited to join ${clinicName} on ClinixAI`,
    text:
      `${inviter} invited you to join ${clinicName} on ClinixAI as ${withArticle(role)}.\n\n` +
      `Open this link to accept: you can create an account or sign in with the one you have.\n${baseUrl}${invitationPath(token)}\n\n` +
      `The link works once and expires in 7 days. If you were not expecting this, ignore this message.`,
  });
  await notifyStaffInvitation(email, clinicName, id);
  return {
    invitation: invitationViewSchema.parse({ id, email, role, status: 'pending', sentAt: now.toISOString(), expiresAt: expiresAt.toISOString() }),
  };
}
