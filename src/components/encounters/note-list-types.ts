// The server's own shapes: type-only imports are erased, so no server code reaches the browser.
export type { NoteListItem } from '@/server/encounters/note-lists.schemas';
export type { IntakeAlertItem } from '@/server/encounters/intake-alerts.schemas';

export type AcknowledgeResult = { ok: true; data: { id: string; changed: boolean } } | { ok: false; error: { message: string } };
