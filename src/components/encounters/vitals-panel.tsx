'use client';

import { useEffect, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { Result } from '@/lib/result';
import type { ScoreView } from './visit-types';

export type VitalsState = Record<string, string> & { consciousness: string; onOxygen: string };

const FIELDS: [string, string, string][] = [
  ['systolic', 'Systolic BP', 'mmHg'], ['diastolic', 'Diastolic BP', 'mmHg'], ['heartRate', 'Heart rate', '/min'], ['respiratoryRate', 'Respiratory rate', '/min'],
  ['temperature', 'Temperature', '°C'], ['spo2', 'SpO₂', '%'], ['weight', 'Weight', 'kg'], ['height', 'Height', 'cm'],
];

type Props = {
  vitals: VitalsState;
  onChange: (v: VitalsState) => void;
  compute: (vitals: unknown) => Promise<Result<ScoreView[]>>;
  record: (vitals: unknown) => Promise<Result<{ recorded: number; scores: ScoreView[] }>>;
};

/** Vitals entry; NEWS2 and BMI are computed by decision support as the clinician types. */
export function VitalsPanel({ vitals, onChange, compute, record }: Props) {
  const [scores, setScores] = useState<ScoreView[]>([]);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const timer = setTimeout(async () => {
      const result = await compute({ ...vitals, onOxygen: vitals.onOxygen === 'true' });
      if (result.ok) setScores(result.data);
    }, 300);
    return () => clearTimeout(timer);
  }, [vitals, compute]);

  const save = () =>
    startTransition(async () => {
      const result = await record({ ...vitals, onOxygen: vitals.onOxygen === 'true' });
      setErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
      setMessage(result.ok ? `${result.data.recorded} measurements saved to the chart.` : result.error.message);
    });

  return (
    <div className="grid gap-4">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {FIELDS.map(([key, label, unit]) => (
          <div key={key} className="grid gap-1">
            <Label htmlFor={`vital-${key}`}>
              {label} <span className="text-muted-foreground">({unit})</span>
            </Label>
            <Input
              id={`vital-${key}`}
              inputMode="decimal"
              value={vitals[key] ?? ''}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={errors[key] ? `vital-${key}-error` : undefined}
              onChange={(e) => onChange({ ...vitals, [key]: e.target.value })}
            />
            {errors[key] && (
              <p id={`vital-${key}-error`} className="text-xs text-destructive">
                {errors[key].join(' ')}
              </p>
            )}
          </div>
        ))}
        <div className="grid gap-1">
          <Label htmlFor="vital-consciousness">Consciousness (ACVPU)</Label>
          <select id="vital-consciousness" className="h-10 rounded-md border border-input bg-background px-2 text-sm" value={vitals.consciousness} onChange={(e) => onChange({ ...vitals, consciousness: e.target.value })}>
            <option value="A">Alert</option>
            <option value="C">New confusion</option>
            <option value="V">Responds to voice</option>
            <option value="P">Responds to pain</option>
            <option value="U">Unresponsive</option>
          </select>
        </div>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" className="size-4" checked={vitals.onOxygen === 'true'} onChange={(e) => onChange({ ...vitals, onOxygen: String(e.target.checked) })} />
          On supplemental oxygen
        </label>
      </div>
      <ul aria-live="polite" className="grid gap-2 sm:grid-cols-2">
        {scores.map((s) => (
          <li key={s.id} className="rounded-md border p-3 text-sm" data-testid={`score-${s.id}`}>
            <p className="font-semibold">
              {s.title}: {s.value === null ? '—' : `${s.value}${s.category ? ` (${s.category})` : ''}`}
            </p>
            <p className="text-muted-foreground">{s.value === null ? `Needs: ${s.missing.join(', ')}` : s.interpretation}</p>
            <p className="mt-1 text-xs text-muted-foreground">{s.citation}</p>
          </li>
        ))}
      </ul>
      <div className="flex items-center gap-3">
        <Button type="button" variant="outline" onClick={save} disabled={pending}>
          {pending ? 'Saving…' : 'Save vitals to chart'}
        </Button>
        <p role="status" className="text-sm">
          {message}
        </p>
      </div>
    </div>
  );
}
