import { forbidden } from '@/lib/errors';
import { updateSession } from '@/server/auth/auth';
import type { ActiveRoleInput } from './me.schemas';
import type { Principal } from './principal';
import { roleHome } from '@/config/roles';

/**
 * Switches the session's active (clinic, role) without signing out. Only a membership the
 * user holds is accepted; the jwt callback re-checks it on every read.
 */
export async function switchActiveRole(principal: Principal, input: ActiveRoleInput) {
  const held = principal.memberships.some((m) => m.clinicId === input.clinicId && m.role === input.role);
  if (!held) throw forbidden('You do not hold that role.');
  await updateSession({ active: { clinicId: input.clinicId, role: input.role } });
  return { active: { clinicId: input.clinicId, role: input.role }, home: roleHome[input.role] };
}
