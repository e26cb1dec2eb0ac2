import { AdminForm } from './admin-form';
import { AdminCheckbox, GroupErrors } from './admin-fields';
import type { AdminFormAction } from './admin-form-state';

export function ClinicianVisitTypesForm({
  clinicianUserId,
  visitTypes,
  offered,
  action,
}: {
  clinicianUserId: string;
  visitTypes: readonly { id: string; name: string; active: boolean }[];
  offered: readonly string[];
  action: AdminFormAction;
}) {
  if (visitTypes.length === 0) return <p className="text-sm text-muted-foreground">The clinic has no visit types yet: add them in Clinic settings.</p>;
  return (
    <AdminForm action={action} submitLabel="Save visit types" pendingLabel="Saving…" errorTitle="The visit types were not saved" label="Visit types offered">
      <input type="hidden" name="clinicianUserId" value={clinicianUserId} />
      <fieldset className="grid gap-2">
        <legend className="sr-only">Visit types this clinician offers</legend>
        {visitTypes.map((vt) => (
          <AdminCheckbox key={vt.id} id={`cvt-${vt.id}`} name="visitTypeIds" value={vt.id} label={vt.active ? vt.name : `${vt.name} (inactive)`} defaultChecked={offered.includes(vt.id)} />
        ))}
      </fieldset>
      <GroupErrors id="cvt-errors" name="visitTypeIds" />
    </AdminForm>
  );
}
