'use client';

import { ChartForm } from './chart-form';
import type { PatientFormAction } from './patient-form-state';
import { ProfileFields, profileFieldList } from './profile-fields';
import { SelectField } from './select-field';

const fields = [{ name: 'clinicId', id: 'join-clinic', label: 'Clinic' }, ...profileFieldList];

type Clinic = { id: string; name: string; city: string | null };

/** Choose a clinic from the public directory and complete the profile; the server creates the record and the membership. */
export function JoinClinicForm({ action, clinics, defaults }: { action: PatientFormAction; clinics: readonly Clinic[]; defaults: { givenName?: string; familyName?: string; email?: string } }) {
  const options = clinics.map((c) => ({ value: c.id, label: c.city ? `${c.name}, ${c.city}` : c.name }));
  return (
    <ChartForm action={action} fields={fields} failureTitle="You have not joined the clinic yet" submitLabel="Join the clinic" pendingLabel="Joining…" resetOnSuccess={false}>
      {(errors) => (
        <>
          <SelectField id="join-clinic" name="clinicId" label="Clinic" hint="The clinic where you receive care." options={options} errors={errors.clinicId} />
          <ProfileFields errors={errors} defaults={defaults} />
        </>
      )}
    </ChartForm>
  );
}
