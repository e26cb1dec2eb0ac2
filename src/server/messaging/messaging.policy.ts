import type { Role } from '@/config/roles';

/** Who takes part in clinic messaging: patients write to their clinic; clinicians and clinic admins share the inbox. */
export function messagingSideOf(role: Role | undefined): 'patient' | 'staff' | null {
  if (role === 'patient') return 'patient';
  if (role === 'clinician' || role === 'clinic_admin') return 'staff';
  return null;
}

/** A patient sees only their own threads; staff every thread of their clinic. */
export function canSeeThread(actor: MessagingActor, thread: { clinicId: string; patientId: string }): boolean {
  if (thread.clinicId !== actor.clinicId) return false;
  return actor.kind === 'staff' || thread.patientId === actor.patientId;
}

export type MessagingActor = { kind: 'patient'; clinicId: string; patientId: string } | { kind: 'staff'; clinicId: string };
