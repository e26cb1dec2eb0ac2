import { activeRoleInputSchema } from '@/server/access/me.schemas';
import { switchActiveRole } from '@/server/access/switch-active-role';
import { signedInRoute } from '@/server/platform/api-route';

export const POST = signedInRoute({
  route: '/api/v1/me/active-role',
  input: activeRoleInputSchema,
  run: ({ principal, input }) => switchActiveRole(principal, input),
});
