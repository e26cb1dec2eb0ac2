import type { Principal } from '@/server/access/principal';
import { assertSeatForRoleChange } from '@/server/billing/plan-limits';
import { changeStaff } from './change-staff';
import { setStaffRolesSchema } from './staff.schemas';
import { planRoles } from './staff.policy';

/** Sets which staff roles (clinician, clinic admin) a member holds; a removed role stops working at once. */
export async function setStaffRoles(principal: Principal, raw: unknown, now = new Date()) {
  await assertSeatForRoleChange(principal, raw, now);
  return changeStaff(
    principal,
    raw,
    { schema: setStaffRolesSchema, action: 'staff.roles.change', plan: (input, current) => planRoles(current, input.roles), nothingToDo: 'The member already holds exactly these roles.', field: 'roles' },
    now,
  );
}
