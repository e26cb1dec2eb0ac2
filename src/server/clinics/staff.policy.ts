import type { Role } from '@/config/roles';
import type { InvitableRole } from './invitation.schemas';

export interface StaffMembershipState {
  role: Role;
  status: 'active' | 'deactivated';
  deactivatedAt: Date | null;
}

export interface MembershipPlan {
  activate: InvitableRole[];
  deactivate: InvitableRole[];
}

const isStaffRole = (role: Role): role is InvitableRole => role === 'clinician' || role === 'clinic_admin';

/** Wanted roles active, every other staff role of the person deactivated. */
export function planRoles(current: readonly StaffMembershipState[], wanted: readonly InvitableRole[]): MembershipPlan {
  const active = current.filter((m) => m.status === 'active' && isStaffRole(m.role)).map((m) => m.role as InvitableRole);
  return { activate: wanted.filter((r) => !active.includes(r)), deactivate: active.filter((r) => !wanted.includes(r)) };
}

export function planDeactivation(current: readonly StaffMembershipState[]): MembershipPlan {
  return planRoles(current, []);
}

/**
 * Reactivation restores the roles taken away by the latest deactivation (all rows deactivated at that
 * instant), not a role an admin removed earlier on purpose.
 */
export function planReactivation(current: readonly StaffMembershipState[]): MembershipPlan {
  if (current.some((m) => m.status === 'active' && isStaffRole(m.role))) return { activate: [], deactivate: [] };
  const off = current.filter((m) => m.status === 'deactivated' && isStaffRole(m.role) && m.deactivatedAt);
  const latest = Math.max(...off.map((m) => m.deactivatedAt!.getTime()));
  return { activate: off.filter((m) => m.deactivatedAt!.getTime() === latest).map((m) => m.role as InvitableRole), deactivate: [] };
}

export const isEmptyPlan = (plan: MembershipPlan) => plan.activate.length === 0 && plan.deactivate.length === 0;
