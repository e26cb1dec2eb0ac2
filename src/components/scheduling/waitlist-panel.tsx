'use client';

import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { FieldError } from '@/components/auth/form-field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { ApiError, Result } from '@/lib/result';
import { selectClass, type BookingOptions } from './scheduling-types';
import { ViewerTime } from './viewer-time';

export interface WaitlistItem {
  id: string;
  patientName: string;
  visitTypeName: string;
  clinicianName: string | null;
  notBefore: string;
  notAfter: string;
  status: 'waiting' | 'offered' | 'booked' | 'removed';
  offeredStart: string | null;
}

type Action = (input: unknown) => Promise<Result<{ message: string }>>;

/** The front desk's waitlist: add a patient, see who is waiting or has been offered a freed time, book or remove. */
export function WaitlistPanel({ options, entries, add, remove, bookOffered }: { options: BookingOptions; entries: WaitlistItem[]; add: Action; remove: Action; bookOffered: Action }) {
  const [form, setForm] = useState({ patientId: '', visitTypeId: options.visitTypes[0]?.id ?? '', clinicianId: '', notBefore: options.today, notAfter: options.today });
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [pending, startTransition] = useTransition();
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const run = (action: Action, input: unknown) =>
    startTransition(async () => {
      const result = await action(input);
      setError(result.ok ? null : result.error);
      setMessage(result.ok ? result.data.message : '');
    });
  const fields = error?.fieldErrors ?? {};

  return (
    <div className="grid gap-6">
      <form className="grid gap-4" aria-label="Add to the waitlist" onSubmit={(e) => (e.preventDefault(), run(add, form))}>
        {error && <FormAlert title="Not done" message={error.message} focusKey={error} />}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <div className="grid gap-2">
            <Label htmlFor="wait-patient">Patient</Label>
            <select id="wait-patient" className={selectClass} value={form.patientId} onChange={set('patientId')} aria-invalid={Boolean(fields.patientId) || undefined}>
              <option value="">Choose a patient…</option>
              {options.patients.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
            </select>
            <FieldError id="wait-patient" errors={fields.patientId} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="wait-type">Visit type</Label>
            <select id="wait-type" className={selectClass} value={form.visitTypeId} onChange={set('visitTypeId')}>
              {options.visitTypes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
            <FieldError id="wait-type" errors={fields.visitTypeId} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="wait-clinician">Clinician</Label>
            <select id="wait-clinician" className={selectClass} value={form.clinicianId} onChange={set('clinicianId')}>
              <option value="">Any clinician</option>
              {options.clinicians.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="wait-from">From</Label>
            <Input id="wait-from" type="date" value={form.notBefore} onChange={set('notBefore')} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="wait-until">Until</Label>
            <Input id="wait-until" type="date" value={form.notAfter} onChange={set('notAfter')} aria-invalid={Boolean(fields.notAfter) || undefined} />
            <FieldError id="wait-until" errors={fields.notAfter} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending || !form.patientId}>Add to the waitlist</Button>
          <p role="status" className="text-sm">{message}</p>
        </div>
      </form>
      {entries.length === 0 ? (
        <p className="rounded-md border border-dashed border-input px-4 py-6 text-center text-sm text-muted-foreground">Nobody is waiting.</p>
      ) : (
        <ul className="grid gap-3" aria-label="Waiting patients">
          {entries.map((entry) => (
            <li key={entry.id} data-testid="waitlist-entry" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-card p-4">
              <div className="grid gap-1">
                <p className="font-medium">{entry.patientName}</p>
                <p className="text-sm text-muted-foreground">
                  {entry.visitTypeName} with {entry.clinicianName ?? 'any clinician'}, {entry.notBefore} to {entry.notAfter}
                </p>
                {entry.status === 'offered' && entry.offeredStart && (
                  <p className="text-sm">
                    Offered: <ViewerTime iso={entry.offeredStart} clinicTimeZone={options.clinic.timeZone} />
                  </p>
                )}
              </div>
              <div className="flex flex-wrap gap-2">
                {entry.status === 'offered' && (
                  <Button size="sm" disabled={pending} onClick={() => run(bookOffered, { entryId: entry.id })}>Book offered time</Button>
                )}
                <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(remove, { entryId: entry.id })} aria-label={`Remove ${entry.patientName} from the waitlist`}>
                  Remove
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
