import type { Principal } from '@/server/access/principal';

/**
 * The engine's endpoints are for clinicians acting in a clinic. Patients never call them: the
 * intake runs the engine on the server, inside its own use-case, so a patient's browser never
 * needs (or gets) a free-text analysis service. Clinic admins do not handle clinical text.
 */
export function canUseClinicalEngine(principal: Principal): boolean {
  return principal.active?.clinicId != null && principal.permissions.has('chart:read');
}
