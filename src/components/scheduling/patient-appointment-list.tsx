import { AppointmentChanges } from './appointment-changes';
import { AppointmentStatusBadge } from './appointment-status-badge';
import type { ChangeAction, LoadSlots, ScheduleEntry } from './scheduling-types';
import { ViewerTime } from './viewer-time';

type Props = {
  title: string;
  entries: ScheduleEntry[];
  empty: string;
  clinic: { id: string; name: string; timeZone: string; cancellationNoticeHours: number };
  today: string;
  loadSlots?: LoadSlots;
  change?: ChangeAction;
};

/** A patient's visits; upcoming ones they may still change carry the controls, the others say why not. */
export function PatientAppointmentList({ title, entries, empty, clinic, today, loadSlots, change }: Props) {
  const headingId = `${title.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-xl font-semibold">{title}</h2>
      {entries.length === 0 ? (
        <p className="rounded-md border border-dashed border-input px-4 py-6 text-center text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="grid gap-3">
          {entries.map((entry) => (
            <li key={entry.id} className="grid gap-3 rounded-lg border bg-card p-4" data-testid="appointment">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">
                  <ViewerTime iso={entry.start} clinicTimeZone={clinic.timeZone} />
                </p>
                <AppointmentStatusBadge status={entry.status} />
              </div>
              <p className="text-sm text-muted-foreground">
                {entry.visitTypeName}
                {entry.mode === 'video' ? ' (video)' : ''} with {entry.clinicianName}
              </p>
              {loadSlots && change && entry.status === 'booked' &&
                (entry.changeableOnline ? (
                  <AppointmentChanges entry={entry} clinicId={clinic.id} clinicTimeZone={clinic.timeZone} today={today} loadSlots={loadSlots} change={change} />
                ) : (
                  <p className="text-sm">
                    This visit is less than {clinic.cancellationNoticeHours} hours away: to change or cancel it, please contact {clinic.name}.
                  </p>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
