import { noteSectionKeys, type NoteSectionKey } from '@/server/clinical-ai/drafting/draft.types';
import { analyzeIntake } from '@/server/encounters/analyze-intake';
import { intakeAnswersSchema } from '@/server/encounters/intake.schemas';
import type { PatientSummary } from '@/server/encounters/patient-summary';
import { prescriptionStatusOf, supplyEndsAt, type PrescriptionStatus } from '@/server/prescribing/prescription-status';
import type { findOwnAddenda, findOwnIntakeAlerts, findOwnIntakes, findOwnPrescriptions, findOwnSignedNotes } from './clinical-records.repo';

type Row<F extends (userId: string) => Promise<unknown[]>> = Awaited<ReturnType<F>>[number];

/** A submitted intake: the answers as sent, what the engine understood from them, and the red flags they raised. */
export interface IntakeExport {
  id: string;
  appointmentId: string;
  submittedAt: Date | null;
  answers: unknown;
  findings: { term: string; status: 'yes' | 'no' | 'unsure' }[];
  redFlags: { ruleId: string; title: string | null; urgency: string | null; guidance: string | null; raisedAt: Date | null; acknowledgedAt: Date | null }[];
}

export interface NoteExport {
  id: string;
  appointmentId: string;
  signedAt: Date | null;
  signedBy: string | null;
  /** 'deterministic engine' or a model's name: who drafted it before the clinician reviewed and signed it. */
  draftedBy: string;
  editedByClinician: boolean;
  sections: Record<NoteSectionKey, { text: string; origin: string }[]>;
  addenda: { id: string; text: string; signedAt: Date; authorName: string | null }[];
  /** The plain-language visit summary written when the note was signed. */
  visitSummary: PatientSummary | null;
}

export interface PrescriptionExport {
  id: string;
  appointmentId: string;
  drug: string;
  dose: string;
  route: string;
  frequency: string;
  durationDays: number;
  quantity: number;
  refills: number;
  status: PrescriptionStatus;
  signedAt: Date;
  supplyEndsAt: Date;
  prescriberName: string | null;
  /** Decision-support alerts shown at signing, and the prescriber's reason when one had to be overridden. */
  alerts: unknown;
  overrideReason: string | null;
}

export function intakeExportOf(row: Omit<Row<typeof findOwnIntakes>, 'patientId'>, alerts: Omit<Row<typeof findOwnIntakeAlerts>, 'patientId'>[]): IntakeExport {
  const parsed = intakeAnswersSchema.safeParse(row.answers);
  const analysis = parsed.success ? analyzeIntake(parsed.data) : null;
  const own = alerts.filter((a) => a.intakeId === row.id);
  const ruleIds = [...new Set([...row.redFlagIds, ...own.map((a) => a.ruleId)])];
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    submittedAt: row.submittedAt,
    answers: row.answers,
    findings: analysis?.understood ?? [],
    redFlags: ruleIds.map((ruleId) => {
      const flag = analysis?.redFlags.find((f) => f.id === ruleId);
      const alert = own.find((a) => a.ruleId === ruleId);
      return {
        ruleId, title: flag?.title ?? null, urgency: alert?.urgency ?? flag?.urgency ?? null, guidance: flag?.guidance ?? null,
        raisedAt: alert?.raisedAt ?? null, acknowledgedAt: alert?.acknowledgedAt ?? null,
      };
    }),
  };
}

function sectionsOf(raw: unknown): NoteExport['sections'] {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out = {} as NoteExport['sections'];
  for (const key of noteSectionKeys) {
    const sentences = Array.isArray(source[key]) ? (source[key] as unknown[]) : [];
    out[key] = sentences.flatMap((s) => {
      const sentence = (typeof s === 'object' && s !== null ? s : {}) as { text?: unknown; origin?: unknown };
      return typeof sentence.text === 'string' ? [{ text: sentence.text, origin: typeof sentence.origin === 'string' ? sentence.origin : 'unknown' }] : [];
    });
  }
  return out;
}

export function noteExportOf(row: Omit<Row<typeof findOwnSignedNotes>, 'patientId'>, addenda: Omit<Row<typeof findOwnAddenda>, 'patientId'>[]): NoteExport {
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    signedAt: row.signedAt,
    signedBy: row.signedBy,
    draftedBy: row.draftedBy,
    editedByClinician: row.editedByClinician,
    sections: sectionsOf(row.sections),
    addenda: addenda.filter((a) => a.noteId === row.id).map(({ noteId: _noteId, ...a }) => a),
    visitSummary: (row.patientSummary as PatientSummary | null) ?? null,
  };
}

export function prescriptionExportOf(row: Omit<Row<typeof findOwnPrescriptions>, 'patientId'>, now: Date): PrescriptionExport {
  const { medicationStatus, ...rest } = row;
  return { ...rest, status: prescriptionStatusOf({ ...row, medicationStatus }, now), supplyEndsAt: supplyEndsAt(row) };
}
