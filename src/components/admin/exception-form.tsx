import { AdminForm } from './admin-form';
import { AdminTextField } from './admin-fields';
import type { AdminFormAction } from './admin-form-state';

/** Time off as clinic-local date and time; an overlap with another exception is refused by the database. */
export function ExceptionForm({ clinicianUserId, timeZone, action }: { clinicianUserId: string; timeZone: string; action: AdminFormAction }) {
  return (
    <AdminForm action={action} submitLabel="Add exception" pendingLabel="Adding…" errorTitle="The exception was not added" resetOnSuccess label="New exception">
      <input type="hidden" name="clinicianUserId" value={clinicianUserId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <AdminTextField id="exception-start" name="startsAt" label="From" hint={`Clinic time (${timeZone}).`} type="datetime-local" required />
        <AdminTextField id="exception-end" name="endsAt" label="Until" hint="Not included." type="datetime-local" required />
        <AdminTextField id="exception-reason" name="reason" label="Reason" hint="E.g. Holiday, Training." maxLength={200} required />
      </div>
    </AdminForm>
  );
}
