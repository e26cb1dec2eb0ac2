import type { PrescriptionView } from './prescribing-types';

/** Signed prescriptions of the visit, each with its printable PDF. */
export function PrescriptionList({ items }: { items: PrescriptionView[] }) {
  if (!items.length) return <p className="text-sm text-muted-foreground">No prescriptions for this visit yet.</p>;
  return (
    <ul className="grid gap-2">
      {items.map((p) => (
        <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-2 text-sm">
          <span>
            {p.drug} {p.dose} {p.route} {p.frequency}, {p.durationDays} days, quantity {p.quantity}, refills {p.refills}
            {p.overridden ? ' (alert overridden)' : ''}
          </span>
          <a className="underline" href={`/api/v1/prescriptions/${p.id}/pdf`} target="_blank" rel="noopener">
            Print (PDF)
          </a>
        </li>
      ))}
    </ul>
  );
}
