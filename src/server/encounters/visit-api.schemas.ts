import type { NoteSectionKey } from '@/server/clinical-ai/drafting/draft.types';
import type { IntakeAnswers, IntakeRedFlag } from './intake.schemas';
import type { PatientSummary } from './patient-summary';

/** GET /api/v1/visits/{appointmentId}/intake */
export interface VisitIntakeResource {
  appointmentId: string;
  status: 'not_started' | 'draft' | 'submitted';
  submittedAt: string | null;
  answers: IntakeAnswers | null;
  /** What the engine understood: affirmed, negated or possible, per concept. */
  findings: { term: string; assertion: 'affirmed' | 'negated' | 'possible' }[];
  redFlags: Omit<IntakeRedFlag, 'routeToPerson'>[];
}

export interface NoteSentenceResource {
  id: string;
  text: string;
  origin: 'engine' | 'model' | 'clinician';
  edited: boolean;
  flags: string[];
  sources: { kind: string; ref: string; label: string; excerpt: string }[];
}

/** GET /api/v1/visits/{appointmentId}/note, as a clinician of the clinic reads it. */
export interface ClinicianNoteResource {
  view: 'clinician';
  appointmentId: string;
  noteId: string;
  status: 'draft' | 'signed';
  /** Always true: every note starts as a machine draft that a clinician must review and sign. */
  aiDrafted: true;
  draftedBy: string;
  editedByClinician: boolean;
  sections: Record<NoteSectionKey, NoteSentenceResource[]>;
  signedAt: string | null;
  signer: { id: string; name: string | null } | null;
  addenda: { id: string; text: string; signedAt: string; author: string | null }[];
}

/** The same URL as the patient reads it: the plain-language summary of a signed note, nothing else. */
export interface PatientNoteResource {
  view: 'patient';
  appointmentId: string;
  status: 'signed';
  signedAt: string;
  signer: { name: string | null };
  summary: PatientSummary;
}
