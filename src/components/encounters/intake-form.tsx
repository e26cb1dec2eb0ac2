'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { Result } from '@/lib/result';
import type { IntakeAnalysis, IntakeAnswers, IntakeView, SavedIntake } from './intake-types';
import { EmergencyBanner } from './emergency-banner';
import { IntakeField } from './intake-field';
import { IntakeListsConfirm } from './intake-lists-confirm';

type Save = (appointmentId: string, answers: IntakeAnswers) => Promise<Result<SavedIntake>>;
type TextKey = Exclude<keyof IntakeAnswers, 'medicationsConfirmed' | 'allergiesConfirmed'>;

const DEBOUNCE_MS = 700;

/**
 * The patient's intake. Every change is saved as a draft on the server after a short pause, and the engine's
 * reading (red flags first) comes back with it; sending makes it read-only.
 */
export function IntakeForm({ view, save, submit }: { view: IntakeView; save: Save; submit: Save }) {
  const [answers, setAnswers] = useState<IntakeAnswers>(view.answers);
  const [analysis, setAnalysis] = useState<IntakeAnalysis>(view.analysis);
  const [status, setStatus] = useState(view.status);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = useRef(false);
  const readOnly = status === 'submitted';

  useEffect(() => {
    if (!dirty.current || readOnly) return;
    setSaveState('saving');
    const timer = setTimeout(async () => {
      const result = await save(view.appointmentId, answers);
      if (result.ok) {
        setAnalysis(result.data.analysis);
        setErrors({});
        setSaveState('saved');
        if (status === 'new') setStatus('draft');
      } else {
        setErrors(result.error.fieldErrors ?? {});
        setSaveState('error');
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [answers, readOnly, save, status, view.appointmentId]);

  const set = <K extends keyof IntakeAnswers>(key: K, value: IntakeAnswers[K]) => {
    dirty.current = true;
    setAnswers((a) => ({ ...a, [key]: value }));
  };
  const field = (key: TextKey, label: string, hint?: string, rows?: number) => (
    <IntakeField id={`intake-${key}`} label={label} hint={hint} value={answers[key]} onChange={(v) => set(key, v)} readOnly={readOnly} errors={errors[key]} rows={rows} />
  );

  const onSubmit = () =>
    startTransition(async () => {
      const result = await submit(view.appointmentId, answers);
      if (result.ok) {
        setStatus('submitted');
        setAnalysis(result.data.analysis);
        setMessage('Thank you. Your answers were sent to the clinic.');
      } else {
        setErrors(result.error.fieldErrors ?? {});
        setMessage(result.error.message);
      }
    });

  const q = analysis.questions;
  return (
    <div className="grid gap-6">
      <EmergencyBanner flags={analysis.redFlags} emergencyNumber={view.emergencyNumber} />
      <p className="text-sm text-muted-foreground">
        This questionnaire helps your clinician prepare. It is not a diagnosis. In an emergency, call {view.emergencyNumber}.
      </p>
      <form className="grid gap-5" onSubmit={(e) => { e.preventDefault(); onSubmit(); }} aria-describedby="intake-save-state">
        {field('reason', 'What is the main reason for your visit?', 'In your own words, for example: “headache for three days”.')}
        {field('onset', 'When did it start?')}
        {field('duration', 'How long does it last, or has it lasted?')}
        {field('severity', 'How bad is it, from 0 (none) to 10 (worst)?')}
        {q.siteQuestion && field('site', q.siteQuestion)}
        {field('associated', 'Any other symptoms?', q.associatedHint, 3)}
        {field('relieving', 'What helps, and what makes it worse?')}
        <IntakeListsConfirm chart={view.chart} answers={answers} readOnly={readOnly} onChange={set} errors={errors} />
        {field('freeText', 'Anything else you would like your clinician to know?', undefined, 4)}
        {analysis.understood.length > 0 && (
          <div className="rounded-md border p-3 text-sm">
            <p className="font-medium">What we understood so far</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {analysis.understood.map((u) => (
                <li key={u.term} className="rounded bg-muted px-2 py-0.5">
                  {u.term}: {u.status === 'yes' ? 'yes' : u.status === 'no' ? 'no' : 'not sure'}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p id="intake-save-state" aria-live="polite" className="text-sm text-muted-foreground">
          {readOnly ? 'Sent to the clinic; it can no longer be changed.' : saveState === 'saving' ? 'Saving draft…' : saveState === 'saved' ? 'Draft saved. You can come back and finish later.' : saveState === 'error' ? 'Some answers need attention.' : ''}
        </p>
        {message && (
          <p role="status" className="text-sm font-medium">
            {message}
          </p>
        )}
        {!readOnly && (
          <Button type="submit" disabled={pending} className="justify-self-start">
            {pending ? 'Sending…' : 'Send to the clinic'}
          </Button>
        )}
      </form>
    </div>
  );
}
