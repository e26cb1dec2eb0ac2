import type { Principal } from '@/server/access/principal';

/**
 * Who may do what with patient records. Permissions, never role names (permissions.ts); the clinic
 * is always the principal's active one, so another clinic's patient is simply never found.
 */

/** The clinic whose patients the principal may search and register in, or null. */
export function staffClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  if (!clinicId) return null;
  return principal.permissions.has('chart:read') || principal.permissions.has('patients:register') ? clinicId : null;
}

export function registrationClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.permissions.has('patients:register') ? clinicId : null;
}

/** Where the principal reads charts as staff. */
export function chartClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.permissions.has('chart:read') ? clinicId : null;
}

export function chartWriteClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.permissions.has('chart:write') ? clinicId : null;
}

/** A patient acting in their own clinic: the clinic where their own record may be read. */
export function ownCareClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.active?.role === 'patient' && principal.permissions.has('own-care:read') ? clinicId : null;
}

/** The patient row's own user may read it (and edit contact details and self-reported history). */
export function isOwnRecord(principal: Principal, patient: { userId: string | null }): boolean {
  return patient.userId !== null && patient.userId === principal.userId;
}
