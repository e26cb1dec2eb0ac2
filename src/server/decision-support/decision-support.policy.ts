import type { Principal } from '@/server/access/principal';

/**
 * Calculators and interaction checks are clinical tools for the clinician acting in a clinic.
 * Clinic admins do not get them: they neither examine nor prescribe, and the tools would only invite
 * unqualified use. A new role that needs them gets the permission in permissions.ts.
 */
export function canUseDecisionSupport(principal: Principal): boolean {
  return Boolean(principal.active?.clinicId) && principal.permissions.has('decision-support:use');
}
