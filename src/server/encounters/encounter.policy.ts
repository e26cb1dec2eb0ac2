import type { Principal } from '@/server/access/principal';

/** A patient acting in their clinic: where their own intakes and visit summaries live. */
export function ownVisitClinicOf(principal: Principal): string | null {
  const clinicId = principal.active?.clinicId;
  return clinicId && principal.active?.role === 'patient' && principal.permissions.has('own-care:read') ? clinicId : null;
}

/** Clinicians document visits: they read and write charts in their active clinic. */
export function canDocumentVisits(principal: Principal): boolean {
  return Boolean(principal.active?.clinicId) && principal.permissions.has('chart:write');
}

export function canSignNotes(principal: Principal): boolean {
  return canDocumentVisits(principal) && principal.permissions.has('notes:sign');
}

/** Staff who must hear about a red flag in an intake: anyone who reads charts or runs the schedule. */
export function canSeeIntakeAlerts(principal: Principal): boolean {
  return Boolean(principal.active?.clinicId) && (principal.permissions.has('chart:read') || principal.permissions.has('schedule:manage'));
}

/** Who works the red-flag alert list and acknowledges alerts: those who read the clinic's charts (clinicians). */
export function canAcknowledgeIntakeAlerts(principal: Principal): boolean {
  return Boolean(principal.active?.clinicId) && principal.permissions.has('chart:read');
}

/** The local emergency number for a clinic's country (ISO 3166-1 alpha-2). */
export function emergencyNumberFor(country: string): string {
  const c = country.trim().toUpperCase();
  if (c === 'US' || c === 'USA' || c === 'CA') return '911';
  if (c === 'GB' || c === 'UK') return '999';
  return '112';
}
