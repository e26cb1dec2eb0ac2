import type { ActiveRoleInput } from './me.schemas';
import type { Principal } from './principal';
import { forbidden } from '@/lib/errors';
import { roleHome } from '@/config/roles';
import { updateSession } from '@/server/auth/auth';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { insertAuditEvent } from '@/server/audit/audit.repo';

/**
 * Switches the session's active (clinic, role) without signing out. Only a membership the
 * user holds is accepted; the jwt callback re-checks it on every read. Both outcomes are
 * audited: the new role decides what the person can see next.
 */
export async function switchActiveRole(principal: Principal, input: ActiveRoleInput) {
  const subject = { action: 'session.switch-role', entityType: 'membership', entityId: `${input.clinicId ?? 'installation'}:${input.role}` };
  const held = principal.memberships.some((m) => m.clinicId === input.clinicId && m.role === input.role);
  // A token acts in the one role it was created for; there is no session to switch.
  if (principal.via === 'bearer') {
    await recordDenial(principal, subject);
    throw forbidden('An API token acts in the role it was created for; create another token for another role.');
  }
  if (!held) {
    await recordDenial(principal, subject);
    throw forbidden('You do not hold that role.');
  }
  await updateSession({ active: { clinicId: input.clinicId, role: input.role } });
  const switched = { ...principal, active: { clinicId: input.clinicId, role: input.role } };
  await insertAuditEvent(auditEventOf(switched, subject, 'allowed'));
  return { active: switched.active, home: roleHome[input.role] };
}
