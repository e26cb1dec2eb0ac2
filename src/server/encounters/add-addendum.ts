import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { canSignNotes } from './encounter.policy';
import { findNote, insertAddendum } from './notes.repo';
import { requireClinicianVisit } from './visit-access';
import { addendumSchema } from './visit.schemas';

/** A signed, timestamped correction to a signed note; the note itself never changes. */
export async function addAddendum(principal: Principal, appointmentId: unknown, raw: unknown): Promise<{ id: string }> {
  const ctx = await requireClinicianVisit(principal, appointmentId, 'note.addendum');
  if (!canSignNotes(principal)) {
    await recordDenial(principal, { action: 'note.addendum', entityType: 'appointment', entityId: ctx.appointmentId });
    throw notFound('The visit');
  }
  const parsed = addendumSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed({ text: parsed.error.issues.map((i) => i.message) });
  const note = await findNote(ctx.clinicId, ctx.appointmentId);
  if (!note || note.status !== 'signed') throw new AppError('conflict', 'Addenda are for signed notes; edit the draft instead.');
  return insertAddendum(ctx.clinicId, note.id, parsed.data.text, principal.userId, () => auditEventOf(principal, { action: 'note.addendum', entityType: 'clinical_note', entityId: note.id }, 'allowed'));
}
