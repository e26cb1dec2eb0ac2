import type { ChartData } from './chart-types';

/** Demographics and contact details as a description list. */
export function Demographics({ patient }: { patient: ChartData['patient'] }) {
  const rows: [string, string | null][] = [
    ['Record number', patient.mrn],
    ['Date of birth', patient.birthDate],
    ['Sex at birth', patient.sexAtBirth],
    ['Phone', patient.phone],
    ['Email', patient.email],
    ['Address', [patient.addressLine, patient.city, patient.postalCode].filter(Boolean).join(', ') || null],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map(([label, value]) => (
        <div key={label} className="flex flex-col">
          <dt className="text-sm text-muted-foreground">{label}</dt>
          <dd className="font-medium">{value ?? <span className="font-normal text-muted-foreground">Not recorded</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
