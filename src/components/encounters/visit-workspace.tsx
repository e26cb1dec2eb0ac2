'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import type { Result } from '@/lib/result';
import { NoteEditor } from './note-editor';
import { VitalsPanel, type VitalsState } from './vitals-panel';
import type { NoteView, ScoreView } from './visit-types';

export interface VisitActions {
  compute: (vitals: unknown) => Promise<Result<ScoreView[]>>;
  record: (vitals: unknown) => Promise<Result<{ recorded: number; scores: ScoreView[] }>>;
  draft: (input: { clinicianText: string; consciousness: string; onOxygen: boolean }) => Promise<Result<NoteView>>;
  sign: (edit: Record<string, { id: string; text: string }[]>) => Promise<Result<null>>;
}

/** Vitals, the clinician's own notes, "Draft note" and the note editor, sharing the consciousness level for NEWS2. */
export function VisitWorkspace({ note, actions, canSign }: { note: NoteView | null; actions: VisitActions; canSign: boolean }) {
  const [vitals, setVitals] = useState<VitalsState>({ consciousness: 'A', onOxygen: 'false' });
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<NoteView | null>(note);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onDraft = () =>
    startTransition(async () => {
      const result = await actions.draft({ clinicianText: text, consciousness: vitals.consciousness, onOxygen: vitals.onOxygen === 'true' });
      if (result.ok) {
        setDraft(result.data);
        setVersion((v) => v + 1);
        setError(null);
      } else setError(result.error.fieldErrors ? Object.values(result.error.fieldErrors).flat().join(' ') : result.error.message);
    });

  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Vitals</CardTitle>
        </CardHeader>
        <CardContent>
          <VitalsPanel vitals={vitals} onChange={setVitals} compute={actions.compute} record={actions.record} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">Note</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4">
          <div className="grid gap-2">
            <Label htmlFor="clinician-text">Your findings and plan</Label>
            <p id="clinician-text-hint" className="text-sm text-muted-foreground">
              Free text. Sentences starting with an action (start, refer, follow up…) go to the plan; the rest to the assessment.
            </p>
            <textarea id="clinician-text" aria-describedby="clinician-text-hint" rows={4} value={text} onChange={(e) => setText(e.target.value)} className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm" />
          </div>
          <Button type="button" onClick={onDraft} disabled={pending} className="justify-self-start">
            {pending ? 'Drafting…' : draft ? 'Redraft note' : 'Draft note'}
          </Button>
          <p className="text-xs text-muted-foreground">Save vitals first to include them. Redrafting replaces unsigned edits.</p>
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <div aria-live="polite">{draft && <NoteEditor key={version} note={draft} sign={actions.sign} canSign={canSign} />}</div>
        </CardContent>
      </Card>
    </>
  );
}
