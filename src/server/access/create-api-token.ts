import { forbidden, validationFailed } from '@/lib/errors';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { newApiToken } from './api-token';
import { canManageApiTokens, holdsMembership } from './api-token.policy';
import { createApiTokenSchema } from './api-token.schemas';
import { insertApiToken } from './api-tokens.repo';
import type { Principal } from './principal';

const DAY_MS = 24 * 60 * 60_000;

/** Creates a personal API token for one of the person's memberships. The token is returned once; only its hash is kept. */
export async function createApiToken(principal: Principal, raw: unknown, now = new Date()): Promise<{ id: string; token: string; expiresAt: string }> {
  const subject = { action: 'api-token.create', entityType: 'api_token', entityId: null };
  if (!canManageApiTokens(principal)) {
    await insertAuditEvent(auditEventOf(principal, subject, 'denied'));
    throw forbidden('API tokens are managed from a signed-in session, not with a token.');
  }
  const parsed = createApiTokenSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const [clinicPart, role] = parsed.data.membership.split(':') as [string, string];
  const clinicId = clinicPart === '' ? null : clinicPart;
  if (!holdsMembership(principal, clinicId, role)) throw validationFailed({ membership: ['Choose one of your current roles.'] });
  const { token, tokenHash } = newApiToken();
  const expiresAt = new Date(now.getTime() + parsed.data.expiresInDays * DAY_MS);
  const id = await insertApiToken({ userId: principal.userId, name: parsed.data.name, tokenHash, clinicId, role, expiresAt }, (tokenId) => ({
    ...auditEventOf(principal, { ...subject, entityId: tokenId }, 'allowed'),
    // Recorded in the clinic the token acts in, so that clinic's admins see it in their trail.
    clinicId,
    actingRole: principal.active?.role ?? null,
  }));
  return { id, token, expiresAt: expiresAt.toISOString() };
}
