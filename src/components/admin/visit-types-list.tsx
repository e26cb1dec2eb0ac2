import { Badge } from '@/components/ui/badge';
import type { AdminFormAction } from './admin-form-state';
import { DeleteVisitTypeButton } from './delete-visit-type-button';
import { VisitTypeForm, type VisitTypeItem } from './visit-type-form';

const money = (minor: number, currency: string) => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
};

/** Each visit type as a summary that opens into its edit form (details/summary: keyboard-friendly without script). */
export function VisitTypesList({ visitTypes, currency, save, remove }: { visitTypes: readonly VisitTypeItem[]; currency: string; save: AdminFormAction; remove: AdminFormAction }) {
  if (visitTypes.length === 0) return <p className="text-sm text-muted-foreground">No visit types yet: add the first one below.</p>;
  return (
    <ul className="grid gap-3" aria-label="Visit types">
      {visitTypes.map((vt) => (
        <li key={vt.id} className="rounded-lg border">
          <details>
            <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-4 py-3">
              <span className="font-medium">{vt.name}</span>
              <span className="text-sm text-muted-foreground">
                {vt.durationMinutes} min · {vt.mode === 'video' ? 'Video' : 'In person'} · {money(vt.priceMinor, vt.currency)}
                {(vt.bufferBeforeMinutes > 0 || vt.bufferAfterMinutes > 0) && ` · buffers ${vt.bufferBeforeMinutes}/${vt.bufferAfterMinutes} min`}
              </span>
              {!vt.active && <Badge variant="secondary">Inactive</Badge>}
            </summary>
            <div className="grid gap-4 border-t p-4">
              <VisitTypeForm visitType={vt} currency={currency} action={save} />
              <DeleteVisitTypeButton id={vt.id} name={vt.name} action={remove} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
