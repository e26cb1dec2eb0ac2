import type { Principal } from '@/server/access/principal';
import { assertSeatForReactivation } from '@/server/billing/plan-limits';
import { changeStaff } from './change-staff';
import { staffMemberIdSchema } from './staff.schemas';
import { planReactivation } from './staff.policy';

/** Gives a deactivated member back the roles their deactivation took away. */
export async function reactivateStaffMember(principal: Principal, raw: unknown, now = new Date()) {
  await assertSeatForReactivation(principal, raw, now);
  return changeStaff(
    principal,
    raw,
    { schema: staffMemberIdSchema, action: 'staff.reactivate', plan: (_input, current) => planReactivation(current), nothingToDo: 'This member is already active.', field: 'userId' },
    now,
  );
}
