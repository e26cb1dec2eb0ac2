'use client';

import { TextField } from '@/components/auth/form-field';
import { ChartForm } from './chart-form';
import { CodeCombobox } from './code-combobox';
import type { PatientFormAction } from './patient-form-state';

const fields = [
  { name: 'code', id: 'problem-code', label: 'Diagnosis' },
  { name: 'onsetDate', id: 'problem-onset', label: 'Onset date' },
] as const;

/** Add a coded problem (ICD-10-CM from the bundled list). For a patient it is stored as self-reported. */
export function ProblemForm({ action, patientId, selfReport = false }: { action: PatientFormAction; patientId: string; selfReport?: boolean }) {
  return (
    <ChartForm
      action={action}
      hidden={{ patientId }}
      fields={fields}
      failureTitle="The problem was not added"
      submitLabel={selfReport ? 'Report condition' : 'Add problem'}
      pendingLabel="Adding…"
    >
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <CodeCombobox id="problem-code" name="code" system="icd10cm" label="Diagnosis" hint="Type a name or an ICD-10-CM code, then choose from the list." errors={errors.code} />
          <TextField id="problem-onset" name="onsetDate" label="Onset date (optional)" type="date" errors={errors.onsetDate} />
        </div>
      )}
    </ChartForm>
  );
}
