import type { Principal } from '@/server/access/principal';

/**
 * A person acting as a patient reads their own medicines, allergies and prescriptions, in every clinic they are a
 * patient of (the same reach as "Download my data"): the rows are found through their own user id, never an id
 * they pass in.
 */
export function canReadOwnMedications(principal: Principal): boolean {
  return Boolean(principal.active?.clinicId) && principal.permissions.has('own-care:read');
}
