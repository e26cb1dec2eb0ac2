'use client';

import { FieldError } from '@/components/auth/form-field';
import { Input } from '@/components/ui/input';
import { AdminForm, useFieldErrors } from './admin-form';
import type { AdminFormAction } from './admin-form-state';

export type OpeningDay = { weekday: number; closed: boolean; opensAt: string; closesAt: string };
export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function DayRow({ day }: { day: OpeningDay }) {
  const errors = useFieldErrors(`days.${day.weekday}`, true);
  const name = weekdayNames[day.weekday];
  return (
    <fieldset className="grid items-center gap-2 border-b py-2 sm:grid-cols-[8rem_7rem_1fr_1fr]">
      <legend className="sr-only">{name}</legend>
      <span aria-hidden="true" className="font-medium">{name}</span>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name={`closed-${day.weekday}`} defaultChecked={day.closed} className="size-4 accent-primary" />
        Closed
      </label>
      <label className="flex items-center gap-2 text-sm">
        <span className="w-14">Opens</span>
        <Input type="time" name={`opens-${day.weekday}`} defaultValue={day.opensAt} aria-label={`${name} opens`} aria-invalid={errors ? true : undefined} />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <span className="w-14">Closes</span>
        <Input type="time" name={`closes-${day.weekday}`} defaultValue={day.closesAt} aria-label={`${name} closes`} aria-invalid={errors ? true : undefined} />
      </label>
      <div className="sm:col-span-4">
        <FieldError id={`opening-${day.weekday}`} errors={errors} />
      </div>
    </fieldset>
  );
}

/** One opening range per weekday, in the clinic's local time; a ticked "Closed" ignores the times. */
export function OpeningHoursForm({ week, action }: { week: readonly OpeningDay[]; action: AdminFormAction }) {
  return (
    <AdminForm action={action} submitLabel="Save opening hours" pendingLabel="Saving…" errorTitle="The opening hours were not saved" label="Opening hours">
      <div className="grid">
        {week.map((day) => (
          <DayRow key={day.weekday} day={day} />
        ))}
      </div>
    </AdminForm>
  );
}
