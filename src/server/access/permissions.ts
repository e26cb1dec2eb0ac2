import type { Role } from '@/config/roles';

/**
 * The permission table: what each role may do. Use-cases ask for a permission, never for a
 * role name, so a new role is one row here. Clinic scoping is separate: every permission
 * applies only inside the active clinic.
 */
export const permissions = [
  'self:read',
  'own-care:read',
  'own-appointments:manage',
  'chart:read',
  'chart:write',
  'notes:sign',
  'prescriptions:write',
  'schedule:read',
  'schedule:manage',
  'patients:register',
  'staff:manage',
  'clinic:configure',
  'billing:manage',
  'audit:read',
  'clinic-stats:read',
  'platform:operate',
  'decision-support:use',
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  patient: ['self:read', 'own-care:read', 'own-appointments:manage'],
  clinician: ['self:read', 'chart:read', 'chart:write', 'notes:sign', 'prescriptions:write', 'schedule:read', 'schedule:manage', 'patients:register', 'decision-support:use'],
  clinic_admin: ['self:read', 'schedule:read', 'schedule:manage', 'patients:register', 'staff:manage', 'clinic:configure', 'billing:manage', 'audit:read', 'clinic-stats:read'],
  platform_admin: ['self:read', 'platform:operate'],
};
