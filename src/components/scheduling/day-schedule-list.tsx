import { AppointmentStatusBadge } from './appointment-status-badge';
import type { ChangeAction, ScheduleEntry } from './scheduling-types';
import { StatusButtons } from './status-buttons';
import { ViewerTime } from './viewer-time';

/** One day's visits in time order, with patient, visit type, status and the status changes staff can make. */
export function DayScheduleList({ entries, timeZone, showClinician, change }: { entries: ScheduleEntry[]; timeZone: string; showClinician: boolean; change: ChangeAction }) {
  if (entries.length === 0) {
    return <p className="rounded-md border border-dashed border-input px-4 py-6 text-center text-sm text-muted-foreground">No visits on this day.</p>;
  }
  return (
    <ul className="grid gap-3" aria-label="Visits">
      {entries.map((entry) => (
        <li key={entry.id} data-testid="schedule-entry" className="grid gap-2 rounded-lg border bg-card p-4 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
          <p className="font-medium tabular-nums">
            <ViewerTime iso={entry.start} clinicTimeZone={timeZone} timeOnly />
          </p>
          <div className="grid gap-1">
            <p className="font-medium">{entry.patientName}</p>
            {!showClinician && <a className="justify-self-start text-sm text-primary underline" href={`/clinician/visits/${entry.id}`}>Open visit<span className="sr-only"> with {entry.patientName}</span></a>}
            <p className="text-sm text-muted-foreground">
              {entry.visitTypeName}
              {entry.mode === 'video' ? ' (video)' : ''}
              {showClinician ? ` with ${entry.clinicianName}` : ''}
            </p>
            <StatusButtons appointmentId={entry.id} status={entry.status} who={entry.patientName} change={change} />
          </div>
          <AppointmentStatusBadge status={entry.status} />
        </li>
      ))}
    </ul>
  );
}
