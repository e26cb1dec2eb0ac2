import { TextField } from '@/components/auth/form-field';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';

export type AuditFilterValues = Partial<Record<'actor' | 'action' | 'entityType' | 'entityId' | 'outcome' | 'from' | 'to', string>>;
export type AuditActorOption = { userId: string; name: string };

const selectClass =
  'flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground aria-invalid:border-destructive sm:text-sm';

/**
 * A GET form: the filters live in the URL, so a filtered view can be reloaded, bookmarked and exported
 * with the same query, and it works without JavaScript. Field errors come back from the server.
 */
export function AuditFilterForm({
  values,
  actors,
  errors,
}: {
  values: AuditFilterValues;
  actors: readonly AuditActorOption[];
  errors: Record<string, string[]>;
}) {
  return (
    <form method="get" action="/admin/audit" className="grid gap-4 rounded-lg border p-4" aria-label="Filter the audit trail">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="grid gap-2">
          <Label htmlFor="audit-actor">Actor</Label>
          <select id="audit-actor" name="actor" defaultValue={values.actor ?? ''} className={selectClass}>
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.userId} value={a.userId}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <TextField id="audit-action" name="action" label="Action starts with" placeholder="chart." defaultValue={values.action} errors={errors.action} maxLength={100} />
        <TextField id="audit-entity-type" name="entityType" label="Resource type" placeholder="patient" defaultValue={values.entityType} errors={errors.entityType} maxLength={60} />
        <TextField id="audit-entity-id" name="entityId" label="Resource id" defaultValue={values.entityId} errors={errors.entityId} maxLength={200} />
        <div className="grid gap-2">
          <Label htmlFor="audit-outcome">Outcome</Label>
          <select id="audit-outcome" name="outcome" defaultValue={values.outcome ?? ''} className={selectClass}>
            <option value="">Any</option>
            <option value="allowed">Allowed</option>
            <option value="denied">Denied</option>
            <option value="error">Error</option>
          </select>
        </div>
        <TextField id="audit-from" name="from" label="From (clinic time)" type="date" defaultValue={values.from} errors={errors.from} />
        <TextField id="audit-to" name="to" label="To (clinic time)" type="date" defaultValue={values.to} errors={errors.to} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Apply filters</Button>
        <Button asChild variant="ghost">
          <a href="/admin/audit">Clear</a>
        </Button>
      </div>
    </form>
  );
}
