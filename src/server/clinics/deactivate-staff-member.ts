import type { Principal } from '@/server/access/principal';
import { changeStaff } from './change-staff';
import { staffMemberIdSchema } from './staff.schemas';
import { planDeactivation } from './staff.policy';

/**
 * Deactivates every staff role of a member at this clinic: they can no longer act here (their session's
 * role is re-checked on every request), and everything they did stays attributed to them.
 */
export function deactivateStaffMember(principal: Principal, raw: unknown, now = new Date()) {
  return changeStaff(
    principal,
    raw,
    { schema: staffMemberIdSchema, action: 'staff.deactivate', plan: (_input, current) => planDeactivation(current), nothingToDo: 'This member is already deactivated.', field: 'userId' },
    now,
  );
}
