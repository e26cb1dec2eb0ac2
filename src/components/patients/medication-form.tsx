'use client';

import { TextField } from '@/components/auth/form-field';
import { ChartForm } from './chart-form';
import type { PatientFormAction } from './patient-form-state';
import { SelectField } from './select-field';

const fields = [
  { name: 'genericName', id: 'medication-name', label: 'Generic name' },
  { name: 'dose', id: 'medication-dose', label: 'Dose' },
  { name: 'route', id: 'medication-route', label: 'Route' },
  { name: 'frequency', id: 'medication-frequency', label: 'Frequency' },
  { name: 'startedOn', id: 'medication-started', label: 'Started on' },
] as const;

const routes = ['oral', 'sublingual', 'inhaled', 'intranasal', 'topical', 'transdermal', 'subcutaneous', 'intramuscular', 'intravenous', 'rectal', 'vaginal', 'ophthalmic', 'otic'].map((r) => ({
  value: r,
  label: r[0]!.toUpperCase() + r.slice(1),
}));

export function MedicationForm({ action, patientId, selfReport = false }: { action: PatientFormAction; patientId: string; selfReport?: boolean }) {
  return (
    <ChartForm action={action} hidden={{ patientId }} fields={fields} failureTitle="The medication was not added" submitLabel={selfReport ? 'Report medication' : 'Add medication'} pendingLabel="Adding…">
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <TextField id="medication-name" name="genericName" label="Generic name" required maxLength={120} errors={errors.genericName} />
          <TextField id="medication-dose" name="dose" label="Dose" hint="For example 10 mg" required maxLength={60} errors={errors.dose} />
          <SelectField id="medication-route" name="route" label="Route" options={routes} errors={errors.route} />
          <TextField id="medication-frequency" name="frequency" label="Frequency" hint="For example once daily" required maxLength={60} errors={errors.frequency} />
          <TextField id="medication-started" name="startedOn" label="Started on (optional)" type="date" errors={errors.startedOn} />
        </div>
      )}
    </ChartForm>
  );
}
