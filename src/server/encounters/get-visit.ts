import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { analyzeIntake, intakeTexts } from './analyze-intake';
import { aiStatusOf } from './ai-settings';
import { canSignNotes } from './encounter.policy';
import { intakeAnswersSchema } from './intake.schemas';
import { findIntake } from './intakes.repo';
import { noteViewOf } from './note-view';
import { chartEssentials, findNote, listAddenda } from './notes.repo';
import { requireClinicianVisit } from './visit-access';
import type { VisitView } from './visit.schemas';
import { vitalsWindowStart } from './vitals-window';

function intakeSummary(intake: Awaited<ReturnType<typeof findIntake>>): VisitView['intake'] {
  if (!intake) return null;
  const parsed = intakeAnswersSchema.safeParse(intake.answers);
  if (!parsed.success) return null;
  const analysis = analyzeIntake(parsed.data);
  const by = (status: 'yes' | 'no' | 'unsure') => analysis.understood.filter((u) => u.status === status).map((u) => u.term);
  return {
    status: intake.status,
    redFlags: analysis.redFlags.map((f) => ({ id: f.id, title: f.title, urgency: f.urgency, guidance: f.guidance })),
    positives: by('yes'),
    negatives: by('no'),
    uncertain: by('unsure'),
    answers: intakeTexts(parsed.data).map(({ label, text }) => ({ label, text })),
    medicationsConfirmed: parsed.data.medicationsConfirmed,
    allergiesConfirmed: parsed.data.allergiesConfirmed,
  };
}

/** The clinician's visit screen. Reading it reads the chart: audited as chart.read on the patient. */
export async function getVisit(principal: Principal, appointmentId: unknown, now = new Date()): Promise<VisitView> {
  const ctx = await requireClinicianVisit(principal, appointmentId, 'chart.read');
  const [intake, essentials, note, ai] = await Promise.all([
    findIntake(ctx.clinicId, ctx.appointmentId),
    chartEssentials(ctx.clinicId, ctx.patientId, vitalsWindowStart(ctx.startsAt, now)),
    findNote(ctx.clinicId, ctx.appointmentId),
    aiStatusOf(ctx.clinicId),
  ]);
  const addenda = note ? await listAddenda(ctx.clinicId, note.id) : [];
  await insertAuditEvent(auditEventOf(principal, { action: 'chart.read', entityType: 'patient', entityId: ctx.patientId }, 'allowed'));
  return {
    appointmentId: ctx.appointmentId,
    startsAt: ctx.startsAt.toISOString(),
    status: ctx.status,
    clinicName: ctx.clinicName,
    patient: { id: ctx.patientId, name: `${ctx.patientGivenName} ${ctx.patientFamilyName}`, mrn: ctx.patientRecordNumber, birthDate: ctx.patientBirthDate, sexAtBirth: ctx.patientSex },
    intake: intakeSummary(intake),
    chart: {
      problems: essentials.problemRows,
      medications: essentials.medicationRows,
      allergies: essentials.allergyRows,
      vitals: essentials.observationRows.map((o) => ({ id: o.id, display: o.display, value: o.value, unit: o.unit, effectiveAt: o.effectiveAt.toISOString() })),
    },
    note: note ? noteViewOf(note, addenda) : null,
    canSign: canSignNotes(principal),
    ai,
  };
}
