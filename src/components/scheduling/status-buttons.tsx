'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { AppointmentStatus, ChangeAction } from './scheduling-types';

/** The status changes staff can make from each status (the server checks them again). */
const next: Record<AppointmentStatus, { to: AppointmentStatus; label: string }[]> = {
  booked: [
    { to: 'arrived', label: 'Mark arrived' },
    { to: 'no_show', label: 'Mark no-show' },
    { to: 'cancelled', label: 'Cancel' },
  ],
  arrived: [
    { to: 'completed', label: 'Mark completed' },
    { to: 'booked', label: 'Undo arrival' },
  ],
  no_show: [{ to: 'booked', label: 'Undo no-show' }],
  completed: [],
  cancelled: [],
};

export function StatusButtons({ appointmentId, status, who, change }: { appointmentId: string; status: AppointmentStatus; who: string; change: ChangeAction }) {
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const choices = next[status];
  if (choices.length === 0) return null;
  const apply = (to: AppointmentStatus) =>
    startTransition(async () => {
      const result = await change({ appointmentId, change: { status: to } });
      setConfirming(false);
      setMessage(result.ok ? '' : result.error.message);
    });
  if (confirming) {
    // Cancelling gives the time away (and may offer it to the waitlist): ask once more.
    return (
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Confirm cancelling ${who}'s visit`}>
        <Button size="sm" variant="destructive" disabled={pending} onClick={() => apply('cancelled')} aria-label={`Yes, cancel: ${who}`}>Yes, cancel</Button>
        <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>Keep the visit</Button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {choices.map((choice) => (
        <Button
          key={choice.to}
          size="sm"
          variant={choice.to === 'cancelled' ? 'ghost' : 'outline'}
          disabled={pending}
          aria-label={`${choice.label}: ${who}`}
          onClick={() => (choice.to === 'cancelled' ? setConfirming(true) : apply(choice.to))}
        >
          {choice.label}
        </Button>
      ))}
      <p role="status" className="text-sm text-destructive">{message}</p>
    </div>
  );
}
