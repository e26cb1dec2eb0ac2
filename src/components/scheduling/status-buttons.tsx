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
  const [pending, startTransition] = useTransition();
  const choices = next[status];
  if (choices.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {choices.map((choice) => (
        <Button
          key={choice.to}
          size="sm"
          variant={choice.to === 'cancelled' ? 'ghost' : 'outline'}
          disabled={pending}
          aria-label={`${choice.label}: ${who}`}
          onClick={() =>
            startTransition(async () => {
              const result = await change({ appointmentId, change: { status: choice.to } });
              setMessage(result.ok ? '' : result.error.message);
            })
          }
        >
          {choice.label}
        </Button>
      ))}
      <p role="status" className="text-sm text-destructive">{message}</p>
    </div>
  );
}
