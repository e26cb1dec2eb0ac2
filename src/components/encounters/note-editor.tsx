'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { Result } from '@/lib/result';
import { SourcesDetails } from './sources-details';
import { sectionKeys, sectionTitles, type NoteSections, type NoteView } from './visit-types';

type Edit = Record<string, { id: string; text: string }[]>;
type Sign = (edit: Edit) => Promise<Result<null>>;

let added = 0;

/**
 * The drafted note, sentence by sentence: each editable, each with its sources; flags from the verifier stay
 * visible. Labelled AI-drafted until the clinician signs; signing sends the final words.
 */
export function NoteEditor({ note, sign, canSign }: { note: NoteView; sign: Sign; canSign: boolean }) {
  const router = useRouter();
  const [sections, setSections] = useState<NoteSections>(note.sections);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const edited = sectionKeys.some((k) => sections[k].length !== note.sections[k].length || sections[k].some((s, i) => s.text !== note.sections[k][i]?.text));

  const update = (key: (typeof sectionKeys)[number], index: number, text: string) =>
    setSections((all) => ({ ...all, [key]: all[key].map((s, i) => (i === index ? { ...s, text } : s)) }));
  const remove = (key: (typeof sectionKeys)[number], index: number) => setSections((all) => ({ ...all, [key]: all[key].filter((_, i) => i !== index) }));
  const add = (key: (typeof sectionKeys)[number]) =>
    setSections((all) => ({ ...all, [key]: [...all[key], { id: `new-${++added}`, text: '', origin: 'clinician', sources: [{ kind: 'clinician', ref: 'clinician-edit', label: 'Written by the clinician', excerpt: '' }] }] }));

  const onSign = () =>
    startTransition(async () => {
      const edit: Edit = Object.fromEntries(sectionKeys.map((k) => [k, sections[k].filter((s) => s.text.trim()).map((s) => ({ id: s.id, text: s.text.trim() }))]));
      const result = await sign(edit);
      if (result.ok) router.refresh();
      else setError(result.error.fieldErrors ? Object.values(result.error.fieldErrors).flat().join(' ') : result.error.message);
    });

  return (
    <div className="grid gap-4" aria-label="Draft note">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="warning">AI-drafted: review before signing</Badge>
        <span className="text-xs text-muted-foreground">Drafted by the {note.draftedBy}{edited ? '; edited by you' : ''}.</span>
      </div>
      {sectionKeys.map((key) => (
        <section key={key} className="grid gap-2" aria-labelledby={`note-${key}`}>
          <h3 id={`note-${key}`} className="font-semibold">
            {sectionTitles[key]}
          </h3>
          {sections[key].length === 0 && <p className="text-sm text-muted-foreground">Nothing drafted for this section.</p>}
          {sections[key].map((s, i) => (
            <div key={s.id} className="grid gap-1 rounded-md border p-2">
              <label className="sr-only" htmlFor={`sentence-${s.id}`}>
                {sectionTitles[key]} sentence {i + 1}
              </label>
              <textarea id={`sentence-${s.id}`} rows={2} value={s.text} onChange={(e) => update(key, i, e.target.value)} className="w-full rounded border border-input bg-background px-2 py-1 text-sm" />
              {s.flags?.map((f) => (
                <p key={f} className="text-xs font-medium text-destructive">
                  Check: {f}
                </p>
              ))}
              <div className="flex items-center justify-between gap-2">
                <SourcesDetails sources={s.sources} />
                <Button type="button" variant="ghost" size="sm" onClick={() => remove(key, i)} aria-label={`Remove ${sectionTitles[key]} sentence ${i + 1}`}>
                  Remove
                </Button>
              </div>
            </div>
          ))}
          <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => add(key)}>
            Add sentence to {sectionTitles[key]}
          </Button>
        </section>
      ))}
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {canSign && (
        <Button type="button" onClick={onSign} disabled={pending} className="justify-self-start">
          {pending ? 'Signing…' : 'Sign note'}
        </Button>
      )}
    </div>
  );
}
