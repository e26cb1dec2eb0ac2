import { z } from 'zod';

export const noteListStatusSchema = z.enum(['unsigned', 'signed'], { error: 'Status must be "unsigned" or "signed".' }).default('unsigned');
export type NoteListStatus = z.infer<typeof noteListStatusSchema>;

/** How long signed notes stay in the "recently signed" list. */
export const RECENTLY_SIGNED_DAYS = 14;

/** One row of the clinician's notes list (the page and GET /api/v1/notes show the same fields). */
export interface NoteListItem {
  noteId: string;
  appointmentId: string;
  patient: { id: string; name: string };
  visitStartsAt: string;
  /** The visit's time on the clinic's calendar, with its zone named. */
  visitTime: string;
  /** ai_drafted: as the engine or model wrote it; edited: changed by a clinician; signed: final. */
  status: 'ai_drafted' | 'edited' | 'signed';
  draftedBy: string;
  draftedAt: string;
  /** Whole minutes since the first draft, for unsigned notes; null once signed. */
  unsignedMinutes: number | null;
  signedAt: string | null;
  visitPath: string;
}

export interface NoteList {
  status: NoteListStatus;
  timeZone: string;
  /** For signed notes: the start of the window shown. */
  signedSince: string | null;
  items: NoteListItem[];
}
