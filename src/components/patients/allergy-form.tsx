'use client';

import { TextField } from '@/components/auth/form-field';
import { ChartForm } from './chart-form';
import type { PatientFormAction } from './patient-form-state';
import { SelectField } from './select-field';

const fields = [
  { name: 'substance', id: 'allergy-substance', label: 'Substance' },
  { name: 'reaction', id: 'allergy-reaction', label: 'Reaction' },
  { name: 'severity', id: 'allergy-severity', label: 'Severity' },
] as const;

const severities = [
  { value: 'mild', label: 'Mild' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'severe', label: 'Severe' },
];

export function AllergyForm({ action, patientId, selfReport = false }: { action: PatientFormAction; patientId: string; selfReport?: boolean }) {
  return (
    <ChartForm action={action} hidden={{ patientId }} fields={fields} failureTitle="The allergy was not added" submitLabel={selfReport ? 'Report allergy' : 'Add allergy'} pendingLabel="Adding…">
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField id="allergy-substance" name="substance" label="Substance" required maxLength={120} errors={errors.substance} />
          <TextField id="allergy-reaction" name="reaction" label="Reaction" required maxLength={200} errors={errors.reaction} />
          <SelectField id="allergy-severity" name="severity" label="Severity" options={severities} defaultValue="moderate" errors={errors.severity} />
        </div>
      )}
    </ChartForm>
  );
}
