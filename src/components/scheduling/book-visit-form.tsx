'use client';

import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/auth/form-alert';
import { FieldError } from '@/components/auth/form-field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { formatForViewer } from '@/lib/time-zones';
import type { ApiError } from '@/lib/result';
import { selectClass, type BookAction, type BookingOptions, type LoadSlots } from './scheduling-types';
import { SlotPicker } from './slot-picker';
import { useSlots } from './use-slots';
import { useViewerTimeZone } from './viewer-time';

/**
 * Book a visit: (front desk: the patient,) the clinician, the visit type, a day on the clinic's calendar,
 * then one of the free times, shown in the viewer's zone. Confirming books it; a time taken meanwhile
 * is said plainly and the free times reload.
 */
export function BookVisitForm({ options, today, loadSlots, book }: { options: BookingOptions; today: string; loadSlots: LoadSlots; book: BookAction }) {
  const forStaff = options.forStaff;
  const [patientId, setPatientId] = useState('');
  const [clinicianId, setClinicianId] = useState(options.clinicians[0]?.id ?? '');
  const offered = (id: string) => options.visitTypes.filter((t) => options.clinicians.find((c) => c.id === id)?.visitTypeIds.includes(t.id));
  const [visitTypeId, setVisitTypeId] = useState(offered(clinicianId)[0]?.id ?? '');
  const [date, setDate] = useState(today);
  const [start, setStart] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const [payUrl, setPayUrl] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  // The first choice's free times show at once; later changes reload them from their handlers.
  const slots = useSlots(loadSlots, { clinicId: options.clinic.id, clinicianId, visitTypeId: offered(clinicianId)[0]?.id ?? '', date: today });
  const zone = useViewerTimeZone(options.clinic.timeZone);

  const refresh = (next: Partial<{ clinicianId: string; visitTypeId: string; date: string }>) => {
    const query = { clinicId: options.clinic.id, clinicianId, visitTypeId, date, ...next };
    setStart('');
    slots.load(query);
  };

  function confirm() {
    setError(null);
    setDone('');
    setPayUrl(null);
    startSaving(async () => {
      const result = await book({ clinicId: options.clinic.id, clinicianId, visitTypeId, start, reason: reason.trim() || undefined, patientId: forStaff ? patientId || undefined : undefined });
      if (result.ok) {
        const held = result.data.payment?.required === true;
        setDone(held ? `Held for you: ${formatForViewer(new Date(result.data.start), zone)}. Pay within 15 minutes to confirm it.` : `Booked: ${formatForViewer(new Date(result.data.start), zone)}.`);
        setPayUrl(result.data.payment?.payUrl ?? null);
        setReason('');
      } else {
        setError(result.error);
      }
      refresh({});
    });
  }

  if (options.clinicians.length === 0) return <p className="text-sm text-muted-foreground">No clinician takes online bookings at {options.clinic.name} yet.</p>;
  const fields = error?.fieldErrors ?? {};
  return (
    <form className="grid gap-5" onSubmit={(event) => (event.preventDefault(), confirm())} aria-label="Book a visit">
      {error && <FormAlert title={error.code === 'slot_taken' ? 'That time was just taken' : 'The visit was not booked'} message={error.message} focusKey={error} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {forStaff && (
          <div className="grid gap-2">
            <Label htmlFor="book-patient">Patient</Label>
            <select id="book-patient" className={selectClass} value={patientId} onChange={(e) => setPatientId(e.target.value)} aria-invalid={Boolean(fields.patientId) || undefined}>
              <option value="">Choose a patient…</option>
              {options.patients.map((p) => (
                <option key={p.id} value={p.id}>{p.label}</option>
              ))}
            </select>
            <FieldError id="book-patient" errors={fields.patientId} />
          </div>
        )}
        <div className="grid gap-2">
          <Label htmlFor="book-clinician">Clinician</Label>
          <select
            id="book-clinician"
            className={selectClass}
            value={clinicianId}
            onChange={(e) => {
              const type = offered(e.target.value).find((t) => t.id === visitTypeId)?.id ?? offered(e.target.value)[0]?.id ?? '';
              setClinicianId(e.target.value);
              setVisitTypeId(type);
              refresh({ clinicianId: e.target.value, visitTypeId: type });
            }}
          >
            {options.clinicians.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="book-visit-type">Visit type</Label>
          <select id="book-visit-type" className={selectClass} value={visitTypeId} onChange={(e) => (setVisitTypeId(e.target.value), refresh({ visitTypeId: e.target.value }))}>
            {offered(clinicianId).map((t) => (
              <option key={t.id} value={t.id}>{`${t.name} (${t.durationMinutes} min${t.mode === 'video' ? ', video' : ''})`}</option>
            ))}
          </select>
        </div>
        <div className="grid gap-2">
          <Label htmlFor="book-date">Day</Label>
          <Input id="book-date" type="date" min={today} value={date} onChange={(e) => (setDate(e.target.value), refresh({ date: e.target.value }))} />
        </div>
      </div>
      <p className="text-sm text-muted-foreground">Days follow the clinic&apos;s calendar ({options.clinic.timeZone}).</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" onClick={() => refresh({})} disabled={slots.pending}>Show free times</Button>
      </div>
      <SlotPicker name="book-slot" state={slots.state} pending={slots.pending} value={start} onChange={setStart} clinicTimeZone={options.clinic.timeZone} />
      <FieldError id="book-slot" errors={fields.start} />
      <div className="grid gap-2">
        <Label htmlFor="book-reason">Reason for the visit (optional)</Label>
        <Input id="book-reason" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={!start || saving || (forStaff && !patientId)}>{saving ? 'Booking…' : 'Confirm booking'}</Button>
        <p role="status" className="text-sm font-medium text-foreground">
          {done}
          {payUrl && (
            <>
              {' '}
              <a href={payUrl} className="text-primary underline hover:no-underline">
                Pay now
              </a>
            </>
          )}
        </p>
      </div>
    </form>
  );
}
