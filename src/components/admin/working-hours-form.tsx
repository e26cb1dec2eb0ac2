'use client';

import { Input } from '@/components/ui/input';
import { AdminForm } from './admin-form';
import { GroupErrors } from './admin-fields';
import type { AdminFormAction } from './admin-form-state';
import { weekdayNames } from './opening-hours-form';

const RANGES = 4;

/**
 * A clinician's week: up to four ranges a day (a lunch break is two ranges). Leave a row empty for
 * no range; a day with no range is a day off. The clinic's opening hours are shown beside each day.
 */
export function WorkingHoursForm({
  clinicianUserId,
  clinicianName,
  week,
  openingWeek,
  outsideOpening,
  action,
}: {
  clinicianUserId: string;
  clinicianName: string;
  week: readonly { start: string; end: string }[][];
  openingWeek: readonly (string | null)[];
  outsideOpening: readonly boolean[];
  action: AdminFormAction;
}) {
  return (
    <AdminForm action={action} submitLabel="Save working hours" pendingLabel="Saving…" errorTitle="The working hours were not saved" label={`Working hours of ${clinicianName}`}>
      <input type="hidden" name="clinicianUserId" value={clinicianUserId} />
      <div className="grid">
        {weekdayNames.map((name, weekday) => (
          <fieldset key={name} className="grid gap-2 border-b py-3">
            <legend className="font-medium">
              {name} <span className="text-sm font-normal text-muted-foreground">· clinic {openingWeek[weekday] ? `open ${openingWeek[weekday]}` : 'closed'}</span>
            </legend>
            {outsideOpening[weekday] && (
              <p className="text-sm font-medium text-destructive">These hours lie outside the clinic&apos;s current opening hours: change them before saving.</p>
            )}
            <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
              {Array.from({ length: RANGES }, (_, i) => {
                const range = week[weekday]?.[i];
                return (
                  <div key={i} className="flex items-center gap-1">
                    <Input type="time" name={`day-${weekday}-start-${i}`} defaultValue={range?.start ?? ''} aria-label={`${name} range ${i + 1} start`} />
                    <span aria-hidden="true">–</span>
                    <Input type="time" name={`day-${weekday}-end-${i}`} defaultValue={range?.end ?? ''} aria-label={`${name} range ${i + 1} end`} />
                  </div>
                );
              })}
            </div>
            <GroupErrors id={`hours-${weekday}`} name={`days.${weekday}`} />
          </fieldset>
        ))}
      </div>
    </AdminForm>
  );
}
