/**
 * The notes list as components receive it (src/server/encounters/note-lists.schemas.ts is the source; restated
 * because components do not import server modules, and the page's type check keeps the two in step).
 */
export interface NoteListItem {
  noteId: string;
  appointmentId: string;
  patient: { id: string; name: string };
  visitStartsAt: string;
  visitTime: string;
  status: 'ai_drafted' | 'edited' | 'signed';
  draftedBy: string;
  draftedAt: string;
  unsignedMinutes: number | null;
  signedAt: string | null;
  visitPath: string;
}

/** The alert list as components receive it (source: src/server/encounters/intake-alerts.schemas.ts). */
export interface IntakeAlertItem {
  id: string;
  appointmentId: string;
  patient: { id: string; name: string };
  ruleId: string;
  rule: string;
  urgency: 'emergency' | 'urgent' | 'routine';
  raisedAt: string;
  visitStartsAt: string;
  visitTime: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  visitPath: string;
}

export type AcknowledgeResult = { ok: true; data: { id: string; changed: boolean } } | { ok: false; error: { message: string } };
