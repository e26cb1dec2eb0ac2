import { randomUUID } from 'node:crypto';
import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { sendMail } from '@/server/notifications/mailer';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { sqlStateOf, UNIQUE_VIOLATION } from './db-error';
import { INVITATION_LIFETIME_MS } from './invitation.policy';
import { invitationPath, newInvitationToken } from './invitation-token';
import { canOperatePlatform } from './platform.policy';
import { createClinicSchema } from './platform-clinics.schemas';
import { insertClinicWithAdminInvitation } from './platform-clinics.repo';

/**
 * A platform admin creates a clinic and invites its first clinic admin through the usual invitation
 * flow (a single-use link for 7 days). The clinic's audit chain starts with its own creation.
 */
export async function createClinic(principal: Principal, raw: unknown, baseUrl: string, now = new Date()): Promise<{ clinicId: string }> {
  const subject = { action: 'platform.clinic.create', entityType: 'clinic', entityId: null };
  if (!canOperatePlatform(principal)) {
    await recordDenial(principal, subject);
    throw notFound('The page');
  }
  const parsed = createClinicSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { adminEmail, ...clinic } = parsed.data;
  const invitationId = randomUUID();
  const { token, tokenHash } = newInvitationToken();
  let clinicId: string;
  try {
    clinicId = await insertClinicWithAdminInvitation(
      clinic,
      { id: invitationId, email: adminEmail, tokenHash, invitedByUserId: principal.userId, expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS) },
      (id) => [
        { ...auditEventOf(principal, { ...subject, entityId: id }, 'allowed'), clinicId: id },
        { ...auditEventOf(principal, { action: 'staff.invite', entityType: 'staff_invitation', entityId: invitationId }, 'allowed'), clinicId: id },
      ],
    );
  } catch (error) {
    if (sqlStateOf(error) !== UNIQUE_VIOLATION) throw error;
    const message = `Another clinic already uses the short name "${clinic.slug}".`;
    throw new AppError('conflict', message, { slug: [message] });
  }
  await sendMail({
    to: adminEmail,
    subject: `You are invited to run ${clinic.name} on ClinixAI`,
    text:
      `${clinic.name} has been set up on ClinixAI, and you are invited as its clinic admin.\n\n` +
      `Open this link to accept: you can create an account or sign in with the one you have.\n${baseUrl}${invitationPath(token)}\n\n` +
      `The link works once and expires in 7 days. If you were not expecting this, ignore this message.`,
  });
  return { clinicId };
}
