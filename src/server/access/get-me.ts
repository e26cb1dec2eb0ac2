import { meSchema, type Me } from './me.schemas';
import type { Principal } from './principal';

/** The signed-in user, their memberships and the active one: what the role switcher shows. */
export function getMe(principal: Principal): Me {
  return meSchema.parse({
    user: { id: principal.userId, name: principal.name, email: principal.email },
    memberships: principal.memberships,
    active: principal.active,
  });
}
