import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { selectClass } from './admin-fields';

/** A GET form: the chosen clinician is in the URL, so the page can be reloaded or linked. */
export function ClinicianPicker({ clinicians, chosen }: { clinicians: readonly { userId: string; name: string }[]; chosen: string | null }) {
  return (
    <form method="get" action="/admin/schedules" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-2">
        <Label htmlFor="schedule-clinician">Clinician</Label>
        <select id="schedule-clinician" name="clinician" defaultValue={chosen ?? undefined} className={`${selectClass} min-w-64`}>
          {clinicians.map((c) => (
            <option key={c.userId} value={c.userId}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="outline">Show schedule</Button>
    </form>
  );
}
