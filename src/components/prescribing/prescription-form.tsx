'use client';

import { useEffect, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { Result } from '@/lib/result';
import { PrescriptionAlerts } from './prescription-alerts';
import { routeOptions, type PrescriptionCheck } from './prescribing-types';

type Fields = { drug: string; dose: string; route: string; frequency: string; durationDays: string; quantity: string; refills: string; overrideReason: string };
const empty: Fields = { drug: '', dose: '', route: 'oral', frequency: '', durationDays: '', quantity: '', refills: '0', overrideReason: '' };
const TEXT: [keyof Fields, string][] = [['drug', 'Drug'], ['dose', 'Dose'], ['frequency', 'Frequency'], ['durationDays', 'Duration (days)'], ['quantity', 'Quantity'], ['refills', 'Refills']];

type Props = {
  check: (input: { drug: string }) => Promise<Result<PrescriptionCheck>>;
  sign: (input: Fields) => Promise<Result<{ id: string }>>;
};

/** A medication request; decision support runs as the drug is typed, and hard stops need an override reason. */
export function PrescriptionForm({ check, sign }: Props) {
  const router = useRouter();
  const [f, setF] = useState<Fields>(empty);
  const [result, setResult] = useState<PrescriptionCheck | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!f.drug.trim()) return;
    const timer = setTimeout(async () => {
      const r = await check({ drug: f.drug });
      setResult(r.ok ? r.data : null);
    }, 400);
    return () => clearTimeout(timer);
  }, [f.drug, check]);

  const submit = () =>
    startTransition(async () => {
      const r = await sign(f);
      if (r.ok) {
        setF(empty);
        setResult(null);
        setErrors({});
        setMessage('Prescription signed and added to the medication list.');
        router.refresh();
      } else {
        setErrors(r.error.fieldErrors ?? {});
        setMessage(r.error.message);
      }
    });

  const field = (key: keyof Fields, label: string) => (
    <div key={key} className="grid gap-1">
      <Label htmlFor={`rx-${key}`}>{label}</Label>
      <Input id={`rx-${key}`} value={f[key]} onChange={(e) => setF({ ...f, [key]: e.target.value })} aria-invalid={errors[key] ? true : undefined} aria-describedby={errors[key] ? `rx-${key}-error` : undefined} />
      {errors[key] && (
        <p id={`rx-${key}-error`} className="text-xs text-destructive">
          {errors[key].join(' ')}
        </p>
      )}
    </div>
  );

  return (
    <form className="grid gap-4" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <div className="grid gap-3 sm:grid-cols-3">
        {TEXT.slice(0, 2).map(([k, l]) => field(k, l))}
        <div className="grid gap-1">
          <Label htmlFor="rx-route">Route</Label>
          <select id="rx-route" value={f.route} onChange={(e) => setF({ ...f, route: e.target.value })} className="h-10 rounded-md border border-input bg-background px-2 text-sm">
            {routeOptions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        {TEXT.slice(2).map(([k, l]) => field(k, l))}
      </div>
      <PrescriptionAlerts check={f.drug.trim() ? result : null} />
      {(result?.requiresOverride || errors.overrideReason) && field('overrideReason', 'Override reason (required for a hard stop)')}
      <p role="status" className="text-sm">
        {message}
      </p>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? 'Signing…' : result?.requiresOverride ? 'Override and sign prescription' : 'Sign prescription'}
      </Button>
    </form>
  );
}
