import { formatForViewer } from '@/lib/time-zones';
import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { canSignNotes } from './encounter.policy';
import { clinicTimeZoneOf, signedNotesOf, unsignedNotesOf, type NoteListRow } from './note-lists.repo';
import { noteListStatusSchema, RECENTLY_SIGNED_DAYS, type NoteList, type NoteListItem } from './note-lists.schemas';

const DAY = 86_400_000;

function itemOf(row: NoteListRow, timeZone: string, now: Date): NoteListItem {
  const signed = row.signedAt !== null;
  return {
    noteId: row.noteId,
    appointmentId: row.appointmentId,
    patient: { id: row.patientId, name: `${row.givenName} ${row.familyName}` },
    visitStartsAt: row.startsAt.toISOString(),
    visitTime: formatForViewer(row.startsAt, timeZone, 'en-US', { year: 'numeric' }),
    status: signed ? 'signed' : row.editedByClinician ? 'edited' : 'ai_drafted',
    draftedBy: row.draftedBy,
    draftedAt: row.draftedAt.toISOString(),
    unsignedMinutes: signed ? null : Math.max(0, Math.floor((now.getTime() - row.draftedAt.getTime()) / 60_000)),
    signedAt: row.signedAt?.toISOString() ?? null,
    visitPath: `/clinician/visits/${row.appointmentId}`,
  };
}

/**
 * The signing clinician's notes in their active clinic: drafts waiting for a signature (oldest visit first) or the
 * ones they signed in the last 14 days. Anyone who does not sign notes gets not found. Audited as note.list.
 */
export async function listNotes(principal: Principal, rawStatus: unknown, now = new Date()): Promise<NoteList> {
  const subject = { action: 'note.list', entityType: 'clinical_note', entityId: null };
  const clinicId = principal.active?.clinicId;
  if (!clinicId || !canSignNotes(principal)) {
    await recordDenial(principal, subject);
    throw notFound('The page');
  }
  const parsed = noteListStatusSchema.safeParse(rawStatus ?? undefined);
  if (!parsed.success) throw validationFailed({ status: parsed.error.issues.map((i) => i.message) });
  const timeZone = (await clinicTimeZoneOf(clinicId)) ?? 'UTC';
  const since = new Date(now.getTime() - RECENTLY_SIGNED_DAYS * DAY);
  const rows = parsed.data === 'unsigned' ? await unsignedNotesOf(clinicId, principal.userId) : await signedNotesOf(clinicId, principal.userId, since);
  await insertAuditEvent(auditEventOf(principal, subject, 'allowed'));
  return { status: parsed.data, timeZone, signedSince: parsed.data === 'signed' ? since.toISOString() : null, items: rows.map((r) => itemOf(r, timeZone, now)) };
}
