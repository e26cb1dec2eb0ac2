'use client';

import { formatForViewer } from '@/lib/time-zones';
import type { SlotsState } from './use-slots';
import { useViewerTimeZone } from './viewer-time';

/**
 * Free times as radio buttons, shown in the viewer's own time zone and naming it. The value is the
 * slot's ISO start with the clinic's offset, exactly as the server gave it.
 */
export function SlotPicker({
  name,
  state,
  pending,
  value,
  onChange,
  clinicTimeZone,
}: {
  name: string;
  state: SlotsState;
  pending: boolean;
  value: string;
  onChange: (start: string) => void;
  clinicTimeZone: string;
}) {
  const zone = useViewerTimeZone(clinicTimeZone);
  return (
    <fieldset className="grid gap-3" aria-busy={pending}>
      <legend className="text-sm font-medium">Free times</legend>
      <p className="text-sm text-muted-foreground">Shown in your time zone: {zone}.</p>
      <div aria-live="polite" className="grid gap-2">
        {pending && <p className="text-sm text-muted-foreground">Looking for free times…</p>}
        {!pending && state.kind === 'idle' && <p className="text-sm text-muted-foreground">Choose a clinician, a visit type and a day to see free times.</p>}
        {!pending && state.kind === 'error' && <p className="text-sm font-medium text-destructive">{state.message}</p>}
        {!pending && state.kind === 'loaded' && state.slots.length === 0 && (
          <p className="text-sm text-muted-foreground">No free times on this day. Try another day.</p>
        )}
        {!pending && state.kind === 'loaded' && state.slots.length > 0 && (
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
            {state.slots.map((slot) => {
              const id = `${name}-${slot.start}`;
              return (
                <li key={slot.start}>
                  <input type="radio" className="peer sr-only" id={id} name={name} value={slot.start} checked={value === slot.start} onChange={() => onChange(slot.start)} />
                  <label
                    htmlFor={id}
                    className="flex min-h-10 cursor-pointer items-center justify-center rounded-md border border-input px-3 text-sm peer-checked:border-primary peer-checked:bg-primary peer-checked:text-primary-foreground peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring hover:bg-accent"
                  >
                    {formatForViewer(new Date(slot.start), zone, 'en-US', { weekday: undefined, month: undefined, day: undefined })}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
