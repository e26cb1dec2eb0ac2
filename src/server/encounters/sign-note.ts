import { AppError, notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { applyNoteEdit } from './apply-note-edit';
import { canSignNotes } from './encounter.policy';
import { sectionsOf } from './note-view';
import { findNote, signNoteRow } from './notes.repo';
import { summarizeForPatient } from './patient-summary';
import { requireClinicianVisit } from './visit-access';
import { noteEditSchema } from './visit.schemas';

const signedAlready = () => new AppError('conflict', 'This note is already signed. Add an addendum instead.');

/**
 * Signs the note with the clinician's final text. From here on the database refuses any change to it. Audited as
 * note.sign.accepted (the draft as it was) or note.sign.edited; the note row keeps the drafter and every source.
 */
export async function signNote(principal: Principal, appointmentId: unknown, raw: unknown): Promise<void> {
  const ctx = await requireClinicianVisit(principal, appointmentId, 'note.sign');
  if (!canSignNotes(principal)) {
    await recordDenial(principal, { action: 'note.sign', entityType: 'appointment', entityId: ctx.appointmentId });
    throw notFound('The visit');
  }
  const parsed = noteEditSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'note')] ??= []).push(issue.message);
    throw validationFailed(fieldErrors);
  }
  const note = await findNote(ctx.clinicId, ctx.appointmentId);
  if (!note) throw validationFailed({ note: ['Draft the note first.'] });
  if (note.status === 'signed') throw signedAlready();
  const { sections, edited } = applyNoteEdit(sectionsOf(note.sections), parsed.data);
  if (Object.values(sections).every((s) => s.length === 0)) throw validationFailed({ note: ['An empty note cannot be signed.'] });
  const editedByClinician = note.editedByClinician || edited;
  const action = editedByClinician ? 'note.sign.edited' : 'note.sign.accepted';
  const ok = await signNoteRow(ctx.clinicId, note.id, sections, editedByClinician, summarizeForPatient(sections), principal.userId, auditEventOf(principal, { action, entityType: 'clinical_note', entityId: note.id }, 'allowed'));
  if (!ok) throw signedAlready();
}
