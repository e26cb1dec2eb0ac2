import { forbidden, notFound, validationFailed } from '@/lib/errors';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { canManageApiTokens } from './api-token.policy';
import { apiTokenIdSchema } from './api-token.schemas';
import { revokeApiTokenOfUser } from './api-tokens.repo';
import type { Principal } from './principal';

/** Revokes one of the person's own tokens at once; someone else's token is not found. */
export async function revokeApiToken(principal: Principal, raw: unknown, now = new Date()): Promise<void> {
  const parsed = apiTokenIdSchema.safeParse(raw);
  const subject = { action: 'api-token.revoke', entityType: 'api_token', entityId: parsed.success ? parsed.data.id : null };
  if (!canManageApiTokens(principal)) {
    await insertAuditEvent(auditEventOf(principal, subject, 'denied'));
    throw forbidden('API tokens are managed from a signed-in session, not with a token.');
  }
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const revoked = await revokeApiTokenOfUser(principal.userId, parsed.data.id, now, (clinicId) => ({ ...auditEventOf(principal, subject, 'allowed'), clinicId }));
  if (!revoked) throw notFound('The token');
}
