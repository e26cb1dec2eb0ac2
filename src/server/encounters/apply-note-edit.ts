import { noteSectionKeys, type NoteSections, type NoteSentence } from '@/server/clinical-ai/drafting/draft.types';
import type { NoteEdit } from './visit.schemas';

/**
 * The clinician's final text over the draft: a kept sentence keeps its sources (marked edited when its words
 * changed); a new sentence is the clinician's own, sourced as clinician text; a removed one is gone.
 */
export function applyNoteEdit(draft: NoteSections, edit: NoteEdit): { sections: NoteSections; edited: boolean } {
  let edited = false;
  const sections = {} as NoteSections;
  for (const key of noteSectionKeys) {
    const before = new Map(draft[key].map((s) => [s.id, s]));
    if (edit[key].length !== draft[key].length) edited = true;
    sections[key] = edit[key].map(({ id, text }, i): NoteSentence => {
      const original = before.get(id);
      if (!original) {
        edited = true;
        return { id: `${key}-c${i + 1}`, text, origin: 'clinician', sources: [{ kind: 'clinician', ref: 'clinician-edit', label: 'Written by the clinician', excerpt: text }] };
      }
      if (original.text === text) return original;
      edited = true;
      return { ...original, text, edited: true };
    });
  }
  return { sections, edited };
}
