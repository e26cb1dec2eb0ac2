'use client';

import Link from 'next/link';
import { ChartForm } from './chart-form';
import type { PatientFormAction } from './patient-form-state';
import { ProfileFields, profileFieldList } from './profile-fields';

const fields = [...profileFieldList, { name: 'confirmDuplicate', id: 'register-confirm', label: 'Confirm a different person' }];

/**
 * Register a patient. When someone with the same name and date of birth is already registered here, the server says
 * so; the form then shows a checkbox to confirm this is a different person.
 */
export function RegisterPatientForm({ action }: { action: PatientFormAction }) {
  return (
    <ChartForm
      action={action}
      fields={fields}
      failureTitle="The patient was not registered"
      submitLabel="Register patient"
      pendingLabel="Registering…"
      onSuccess={(state) =>
        state.data.patientId ? (
          <Link href={`/clinician/patients/${state.data.patientId}`} className="text-primary underline hover:no-underline">
            Open the new chart
          </Link>
        ) : null
      }
    >
      {(errors) => (
        <>
          <ProfileFields errors={errors} />
          {errors.confirmDuplicate && (
            <div className="flex items-start gap-3 rounded-md border border-warning bg-warning/40 p-3">
              <input id="register-confirm" name="confirmDuplicate" type="checkbox" className="mt-1 size-4" aria-describedby="register-confirm-error" />
              <div className="grid gap-1">
                <label htmlFor="register-confirm" className="font-medium">
                  This is a different person: register anyway
                </label>
                <p id="register-confirm-error" className="text-sm">
                  {errors.confirmDuplicate.join(' ')}
                </p>
              </div>
            </div>
          )}
        </>
      )}
    </ChartForm>
  );
}
