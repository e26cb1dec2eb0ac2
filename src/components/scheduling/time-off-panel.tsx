'use client';

import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { FieldError } from '@/components/auth/form-field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { ApiError, Result } from '@/lib/result';
import { ViewerTime } from './viewer-time';

type Action = (input: unknown) => Promise<Result<{ message: string }>>;

/** A clinician's time off: whole days on the clinic's calendar; visits already booked in it stay booked. */
export function TimeOffPanel({ entries, today, timeZone, add, remove }: { entries: { id: string; from: string; to: string; reason: string }[]; today: string; timeZone: string; add: Action; remove: Action }) {
  const [form, setForm] = useState({ from: today, to: today, reason: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [pending, startTransition] = useTransition();
  const run = (action: Action, input: unknown) =>
    startTransition(async () => {
      const result = await action(input);
      setError(result.ok ? null : result.error);
      setMessage(result.ok ? result.data.message : '');
    });
  const fields = error?.fieldErrors ?? {};
  return (
    <div className="grid gap-4">
      <form className="grid gap-3" aria-label="Add time off" onSubmit={(e) => (e.preventDefault(), run(add, form))}>
        {error && <FormAlert title="Not recorded" message={error.message} focusKey={error} />}
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="grid gap-2">
            <Label htmlFor="off-from">First day</Label>
            <Input id="off-from" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} aria-invalid={Boolean(fields.from) || undefined} />
            <FieldError id="off-from" errors={fields.from} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="off-to">Last day</Label>
            <Input id="off-to" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} aria-invalid={Boolean(fields.to) || undefined} />
            <FieldError id="off-to" errors={fields.to} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="off-reason">Reason</Label>
            <Input id="off-reason" maxLength={200} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} aria-invalid={Boolean(fields.reason) || undefined} />
            <FieldError id="off-reason" errors={fields.reason} />
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="outline" disabled={pending}>Add time off</Button>
          <p role="status" className="text-sm">{message}</p>
        </div>
      </form>
      {entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">No time off ahead.</p>
      ) : (
        <ul className="grid gap-2" aria-label="Time off ahead">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-3 text-sm">
              <span>
                <ViewerTime iso={entry.from} clinicTimeZone={timeZone} /> to <ViewerTime iso={entry.to} clinicTimeZone={timeZone} />: {entry.reason}
              </span>
              <Button size="sm" variant="ghost" disabled={pending} onClick={() => run(remove, { id: entry.id })} aria-label={`Remove time off: ${entry.reason}`}>Remove</Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
