import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { noteSectionKeys, type NoteSentence } from '@/server/clinical-ai/drafting/draft.types';
import { summarySchema } from './list-visit-summaries';
import { userNameOf } from './note-lists.repo';
import { sectionsOf } from './note-view';
import { findNote, listAddenda, type NoteRow } from './notes.repo';
import type { ClinicianNoteResource, NoteSentenceResource, PatientNoteResource } from './visit-api.schemas';
import { requireVisitReader } from './visit-api-access';

const sentenceOf = (s: NoteSentence): NoteSentenceResource => ({
  id: s.id,
  text: s.text,
  origin: s.origin,
  edited: s.edited ?? false,
  flags: s.flags ?? [],
  sources: (s.sources ?? []).map((x) => ({ kind: x.kind, ref: x.ref, label: x.label, excerpt: x.excerpt })),
});

async function clinicianView(clinicId: string, appointmentId: string, note: NoteRow): Promise<ClinicianNoteResource> {
  const [addenda, signerName] = await Promise.all([listAddenda(clinicId, note.id), userNameOf(note.signedByUserId)]);
  const sections = sectionsOf(note.sections);
  return {
    view: 'clinician',
    appointmentId,
    noteId: note.id,
    status: note.status,
    aiDrafted: true,
    draftedBy: note.draftedBy,
    editedByClinician: note.editedByClinician,
    sections: Object.fromEntries(noteSectionKeys.map((k) => [k, sections[k].map(sentenceOf)])) as ClinicianNoteResource['sections'],
    signedAt: note.signedAt?.toISOString() ?? null,
    signer: note.signedByUserId ? { id: note.signedByUserId, name: signerName } : null,
    addenda: addenda.map((a) => ({ id: a.id, text: a.text, signedAt: a.signedAt.toISOString(), author: a.authorName })),
  };
}

/**
 * A visit's note for the JSON API. Clinicians of the clinic read the whole note (draft or signed) with every
 * sentence's sources and the addenda, audited as note.read. The visit's patient reads only the plain-language
 * summary, and only once the note is signed (audited as visit_summary.read); before that it is not found.
 */
export async function readVisitNote(principal: Principal, appointmentId: unknown): Promise<ClinicianNoteResource | PatientNoteResource> {
  const { as, ctx } = await requireVisitReader(principal, appointmentId, 'note.read');
  const note = await findNote(ctx.clinicId, ctx.appointmentId);
  if (as === 'clinician') {
    if (!note) throw notFound('The note');
    await insertAuditEvent(auditEventOf(principal, { action: 'note.read', entityType: 'clinical_note', entityId: note.id }, 'allowed'));
    return clinicianView(ctx.clinicId, ctx.appointmentId, note);
  }
  const summary = note?.status === 'signed' ? summarySchema.safeParse(note.patientSummary) : null;
  if (!note?.signedAt || !summary?.success) {
    await recordDenial(principal, { action: 'visit_summary.read', entityType: 'appointment', entityId: ctx.appointmentId });
    throw notFound('The visit summary');
  }
  await insertAuditEvent(auditEventOf(principal, { action: 'visit_summary.read', entityType: 'patient', entityId: ctx.patientId }, 'allowed'));
  return { view: 'patient', appointmentId: ctx.appointmentId, status: 'signed', signedAt: note.signedAt.toISOString(), signer: { name: await userNameOf(note.signedByUserId) }, summary: summary.data };
}
