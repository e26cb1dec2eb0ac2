import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** The range of the admin figures, as a plain GET form (works without JavaScript, the URL can be shared). */
export function StatsRangeForm({ from, to, timeZone }: { from: string; to: string; timeZone: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Range of the figures">
      <div className="flex flex-col gap-1">
        <Label htmlFor="range-from">From</Label>
        <Input id="range-from" name="from" type="date" defaultValue={from} required />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="range-to">To</Label>
        <Input id="range-to" name="to" type="date" defaultValue={to} required />
      </div>
      <Button type="submit" variant="outline">Show</Button>
      <p className="text-sm text-muted-foreground">Days in the clinic’s time zone ({timeZone}).</p>
    </form>
  );
}
