import Link from 'next/link';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** Previous / next day links and a date picker that works without script (a GET form). */
export function DayNavigation({ basePath, date, previous, next, today }: { basePath: string; date: string; previous: string; next: string; today: string }) {
  return (
    <nav aria-label="Choose a day" className="flex flex-wrap items-end gap-3">
      <Button variant="outline" asChild>
        <Link href={`${basePath}?date=${previous}`} aria-label="Previous day">
          <ChevronLeft aria-hidden="true" /> Previous
        </Link>
      </Button>
      <form action={basePath} method="get" className="flex items-end gap-2">
        <div className="grid gap-1">
          <Label htmlFor="schedule-date">Day</Label>
          <Input id="schedule-date" name="date" type="date" defaultValue={date} className="w-44" />
        </div>
        <Button type="submit" variant="secondary">Show</Button>
      </form>
      <Button variant="outline" asChild>
        <Link href={`${basePath}?date=${next}`} aria-label="Next day">
          Next <ChevronRight aria-hidden="true" />
        </Link>
      </Button>
      {date !== today && (
        <Button variant="ghost" asChild>
          <Link href={`${basePath}?date=${today}`}>Today</Link>
        </Button>
      )}
    </nav>
  );
}
