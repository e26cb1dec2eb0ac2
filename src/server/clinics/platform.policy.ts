import type { Principal } from '@/server/access/principal';

/** Installation-wide operations (clinics, plans) belong to the platform admin role, active now. */
export const canOperatePlatform = (principal: Principal): boolean => principal.permissions.has('platform:operate');
