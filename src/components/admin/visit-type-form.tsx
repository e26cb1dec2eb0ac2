import { AdminForm } from './admin-form';
import { AdminCheckbox, AdminSelect, AdminTextField } from './admin-fields';
import type { AdminFormAction } from './admin-form-state';

export type VisitTypeItem = {
  id: string;
  name: string;
  durationMinutes: number;
  mode: 'in_person' | 'video';
  priceMinor: number;
  currency: string;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  active: boolean;
};

const modes = [
  { value: 'in_person', label: 'In person' },
  { value: 'video', label: 'Video' },
];

/** Add (no visit type) or edit one; ids are per visit type so several forms can share a page. */
export function VisitTypeForm({ visitType, currency, action }: { visitType?: VisitTypeItem; currency: string; action: AdminFormAction }) {
  const key = visitType?.id ?? 'new';
  return (
    <AdminForm
      action={action}
      submitLabel={visitType ? <>Save<span className="sr-only"> {visitType.name}</span></> : 'Add visit type'}
      pendingLabel="Saving…"
      errorTitle="The visit type was not saved"
      resetOnSuccess={!visitType}
      label={visitType ? `Edit ${visitType.name}` : 'New visit type'}
    >
      {visitType && <input type="hidden" name="id" value={visitType.id} />}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <AdminTextField id={`vt-${key}-name`} name="name" label="Name" defaultValue={visitType?.name} maxLength={80} required className="lg:col-span-2" />
        <AdminTextField id={`vt-${key}-duration`} name="durationMinutes" label="Duration (minutes)" type="number" inputMode="numeric" min={5} max={480} defaultValue={String(visitType?.durationMinutes ?? 20)} />
        <AdminSelect id={`vt-${key}-mode`} name="mode" label="Mode" defaultValue={visitType?.mode ?? 'in_person'} options={modes} />
        <AdminTextField
          id={`vt-${key}-price`}
          name="priceMinor"
          label="Price (minor units)"
          hint="Cents or pence: 8000 is 80.00."
          type="number"
          inputMode="numeric"
          min={0}
          defaultValue={String(visitType?.priceMinor ?? 0)}
        />
        <AdminTextField id={`vt-${key}-currency`} name="currency" label="Currency" hint="ISO code, e.g. USD." defaultValue={visitType?.currency ?? currency} maxLength={3} autoCapitalize="characters" />
        <AdminTextField id={`vt-${key}-before`} name="bufferBeforeMinutes" label="Buffer before (minutes)" type="number" inputMode="numeric" min={0} max={240} defaultValue={String(visitType?.bufferBeforeMinutes ?? 0)} />
        <AdminTextField id={`vt-${key}-after`} name="bufferAfterMinutes" label="Buffer after (minutes)" type="number" inputMode="numeric" min={0} max={240} defaultValue={String(visitType?.bufferAfterMinutes ?? 0)} />
      </div>
      <AdminCheckbox id={`vt-${key}-active`} name="active" label="Active (patients can book it)" defaultChecked={visitType?.active ?? true} />
    </AdminForm>
  );
}
