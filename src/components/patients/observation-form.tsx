'use client';

import { useState } from 'react';
import { TextField } from '@/components/auth/form-field';
import { ChartForm } from './chart-form';
import { CodeCombobox } from './code-combobox';
import type { PatientFormAction } from './patient-form-state';

const fields = [
  { name: 'loincCode', id: 'observation-code', label: 'Measurement' },
  { name: 'value', id: 'observation-value', label: 'Value' },
] as const;

/** Record a vital sign or a lab result (LOINC); the unit comes with the code, the value is checked for plausibility. */
export function ObservationForm({ action, patientId }: { action: PatientFormAction; patientId: string }) {
  const [unit, setUnit] = useState<string | undefined>();
  return (
    <ChartForm action={action} hidden={{ patientId }} fields={fields} failureTitle="The measurement was not recorded" submitLabel="Record" pendingLabel="Recording…">
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <CodeCombobox id="observation-code" name="loincCode" system="loinc" label="Measurement" hint="Type a name (heart rate, HbA1c) or a LOINC code." errors={errors.loincCode} onChoose={(m) => setUnit(m?.unit)} />
          <TextField id="observation-value" name="value" label={unit ? `Value (${unit})` : 'Value'} inputMode="decimal" required errors={errors.value} />
        </div>
      )}
    </ChartForm>
  );
}
