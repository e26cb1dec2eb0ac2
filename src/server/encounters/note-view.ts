import { noteSectionKeys, type NoteSections } from '@/server/clinical-ai/drafting/draft.types';
import type { VisitView } from './visit.schemas';
import type { NoteRow } from './notes.repo';

/** Sections as stored; anything malformed reads as empty rather than breaking the screen. */
export function sectionsOf(raw: unknown): NoteSections {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out = {} as NoteSections;
  for (const key of noteSectionKeys) out[key] = Array.isArray(source[key]) ? (source[key] as NoteSections[typeof key]) : [];
  return out;
}

export function noteViewOf(row: NoteRow, addenda: { id: string; text: string; signedAt: Date; authorName: string | null }[]): NonNullable<VisitView['note']> {
  return {
    id: row.id,
    status: row.status,
    sections: sectionsOf(row.sections),
    draftedBy: row.draftedBy,
    editedByClinician: row.editedByClinician,
    signedAt: row.signedAt?.toISOString() ?? null,
    addenda: addenda.map((a) => ({ id: a.id, text: a.text, signedAt: a.signedAt.toISOString(), authorName: a.authorName })),
  };
}
