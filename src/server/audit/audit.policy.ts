import type { Principal } from '@/server/access/principal';

/** The clinic whose audit trail the principal may read, or null. A permission, never a role name. */
export function auditClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.permissions.has('audit:read') ? clinicId : null;
}
