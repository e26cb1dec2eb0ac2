import { z } from 'zod';
import { AppError, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { draftSoapNote } from '@/server/clinical-ai/drafting/draft-soap-note';
import type { NoteSections } from '@/server/clinical-ai/drafting/draft.types';
import { buildDraftInput } from './build-draft-input';
import { maybeRewrite, type ModelChoice } from './maybe-rewrite';
import { intakeAnswersSchema } from './intake.schemas';
import { findIntake } from './intakes.repo';
import { noteViewOf } from './note-view';
import { chartEssentials, findNote, saveDraftNote } from './notes.repo';
import { requireClinicianVisit } from './visit-access';
import { clinicianTextSchema, visitVitalsSchema, type VisitView } from './visit.schemas';
import { vitalsWindowStart } from './vitals-window';

export const DETERMINISTIC_ENGINE = 'deterministic engine';

/** What the visit screen sends with "Draft note"; each field is validated below. */
export type DraftRequest = { clinicianText?: unknown; consciousness?: unknown; onOxygen?: unknown };

/**
 * The JSON API's body (POST /api/v1/visits/{appointmentId}/note/draft): as the visit screen sends it, except that
 * the clinician's text must be given (an empty string for none), so an empty body is a mistake, not a draft.
 */
export const draftRequestBodySchema = z.object({
  clinicianText: z.string({ error: 'Give the clinician’s findings and plan ("" for none).' }),
  consciousness: z.unknown().optional(),
  onOxygen: z.unknown().optional(),
});

/**
 * Drafts the SOAP note from the intake, this visit's vitals, the chart and the clinician's text. The draft replaces
 * an earlier draft, never a signed note. Audited as note.draft with the note's id; the note row keeps who drafted
 * it with which engine, and every sentence keeps its sources.
 */
export async function draftNote(
  principal: Principal,
  appointmentId: unknown,
  request: DraftRequest | (() => Promise<DraftRequest>),
  now = new Date(),
  model?: ModelChoice,
): Promise<NonNullable<VisitView['note']>> {
  const ctx = await requireClinicianVisit(principal, appointmentId, 'note.draft');
  // A body is read only after access was checked: a refused caller gets 404 whatever it sent.
  const raw = typeof request === 'function' ? await request() : request;
  const text = clinicianTextSchema.safeParse(raw.clinicianText ?? '');
  if (!text.success) throw validationFailed({ clinicianText: text.error.issues.map((i) => i.message) });
  const screen = visitVitalsSchema.pick({ consciousness: true, onOxygen: true }).safeParse({ consciousness: raw.consciousness ?? 'A', onOxygen: raw.onOxygen ?? false });
  if (!screen.success) throw validationFailed({ consciousness: ['Choose a level of consciousness.'] });
  const existing = await findNote(ctx.clinicId, ctx.appointmentId);
  if (existing?.status === 'signed') throw new AppError('conflict', 'This note is signed. Add an addendum instead.');
  const [intake, essentials] = await Promise.all([findIntake(ctx.clinicId, ctx.appointmentId), chartEssentials(ctx.clinicId, ctx.patientId, vitalsWindowStart(ctx.startsAt, now))]);
  const answers = intake ? intakeAnswersSchema.safeParse(intake.answers) : null;
  const input = buildDraftInput(answers?.success ? answers.data : null, essentials, text.data, screen.data);
  const deterministic = draftSoapNote(input);
  const identifiers = [ctx.patientGivenName, ctx.patientFamilyName, ctx.patientRecordNumber, ctx.patientBirthDate];
  const outcome = await maybeRewrite(ctx.clinicId, deterministic, identifiers, model, now);
  const sections: NoteSections = outcome.rewritten ? outcome.sections : deterministic;
  // The note keeps why the model was not used, so the clinician reading it (and anyone after signing) knows.
  const draftedBy = outcome.rewritten ? `language model ${outcome.name}` : `${DETERMINISTIC_ENGINE} (${outcome.reason})`;
  const saved = await saveDraftNote(
    { clinicId: ctx.clinicId, patientId: ctx.patientId, appointmentId: ctx.appointmentId, sections, draftedBy, editedByClinician: false, authorUserId: principal.userId },
    (noteId) => auditEventOf(principal, { action: outcome.rewritten ? 'note.draft.model' : 'note.draft.engine', entityType: 'clinical_note', entityId: noteId }, 'allowed'),
  );
  if (!saved) throw new AppError('conflict', 'This note is signed. Add an addendum instead.');
  const row = await findNote(ctx.clinicId, ctx.appointmentId);
  return noteViewOf(row!, []);
}
