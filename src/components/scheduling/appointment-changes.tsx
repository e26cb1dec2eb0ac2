'use client';

import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { ApiError } from '@/lib/result';
import type { ChangeAction, LoadSlots, ScheduleEntry } from './scheduling-types';
import { SlotPicker } from './slot-picker';
import { useSlots } from './use-slots';

/**
 * A patient's reschedule and cancel controls for one visit. Cancelling asks once more before it acts;
 * rescheduling offers the same clinician's free times for the same visit type on a chosen day.
 */
export function AppointmentChanges({
  entry,
  clinicId,
  clinicTimeZone,
  today,
  loadSlots,
  change,
}: {
  entry: ScheduleEntry;
  clinicId: string;
  clinicTimeZone: string;
  today: string;
  loadSlots: LoadSlots;
  change: ChangeAction;
}) {
  const [mode, setMode] = useState<'idle' | 'cancel' | 'reschedule'>('idle');
  const [date, setDate] = useState(entry.start.slice(0, 10));
  const [start, setStart] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, startSaving] = useTransition();
  const slots = useSlots(loadSlots);
  const label = `${entry.visitTypeName} with ${entry.clinicianName}`;

  const send = (body: unknown) =>
    startSaving(async () => {
      setError(null);
      const result = await change({ appointmentId: entry.id, change: body });
      if (result.ok) setMode('idle');
      else setError(result.error);
    });

  const openReschedule = () => {
    setMode('reschedule');
    slots.load({ clinicId, clinicianId: entry.clinicianId, visitTypeId: entry.visitTypeId, date });
  };

  return (
    <div className="grid gap-3">
      {error && <FormAlert title="Not changed" message={error.message} focusKey={error} />}
      {mode === 'idle' && (
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={openReschedule} aria-label={`Reschedule ${label}`}>Reschedule</Button>
          <Button variant="outline" size="sm" onClick={() => setMode('cancel')} aria-label={`Cancel ${label}`}>Cancel visit</Button>
        </div>
      )}
      {mode === 'cancel' && (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm cancellation">
          <p className="text-sm">Cancel this visit? The time goes back to the clinic.</p>
          <Button variant="destructive" size="sm" disabled={saving} onClick={() => send({ status: 'cancelled' })}>Yes, cancel the visit</Button>
          <Button variant="ghost" size="sm" onClick={() => setMode('idle')}>Keep it</Button>
        </div>
      )}
      {mode === 'reschedule' && (
        <div className="grid gap-3 rounded-md border p-4">
          <div className="grid max-w-xs gap-2">
            <Label htmlFor={`move-${entry.id}`}>New day</Label>
            <Input
              id={`move-${entry.id}`}
              type="date"
              min={today}
              value={date}
              onChange={(e) => {
                setDate(e.target.value);
                setStart('');
                slots.load({ clinicId, clinicianId: entry.clinicianId, visitTypeId: entry.visitTypeId, date: e.target.value });
              }}
            />
          </div>
          <SlotPicker name={`move-slot-${entry.id}`} state={slots.state} pending={slots.pending} value={start} onChange={setStart} clinicTimeZone={clinicTimeZone} />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" disabled={!start || saving} onClick={() => send({ start })}>{saving ? 'Moving…' : 'Move the visit here'}</Button>
            <Button variant="ghost" size="sm" onClick={() => setMode('idle')}>Keep the current time</Button>
          </div>
        </div>
      )}
    </div>
  );
}
