import { Link2, PenLine, Sparkles, TriangleAlert } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';

const lines: readonly { section: string; text: string; source?: string }[] = [
  { section: 'S', text: 'Dry cough for 5 days, worse at night. No fever.', source: 'Intake, question 3' },
  { section: 'O', text: 'Temperature 37.1 °C, SpO₂ 98 %.', source: 'Vitals recorded at check-in' },
  { section: 'A', text: 'Likely viral upper respiratory infection.' },
];

/**
 * An illustration of the product's central promise, built from page elements (not an image) so it reads well
 * at any size and in dark mode. It is labelled as an example, and its content is fictional.
 */
export function DraftNoteExample() {
  return (
    <figure className="m-0">
      <Card className="shadow-md">
        <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
          <p className="font-semibold">Visit note</p>
          <Badge variant="warning">
            <Sparkles aria-hidden="true" />
            AI-drafted · not yet signed
          </Badge>
        </CardHeader>
        <CardContent>
          <dl className="flex flex-col gap-3">
            {lines.map((line) => (
              <div key={line.section} className="grid grid-cols-[2rem_1fr] gap-x-2">
                <dt className="font-mono font-semibold text-primary">{line.section}</dt>
                <dd className="m-0">
                  <p>{line.text}</p>
                  {line.source ? (
                    <p className="mt-0.5 inline-flex items-center gap-1 text-xs text-muted-foreground">
                      <Link2 aria-hidden="true" className="size-3.5" />
                      Source: {line.source}
                    </p>
                  ) : (
                    <p className="mt-1 inline-flex items-center gap-1 rounded-sm bg-warning px-1.5 py-0.5 text-xs text-warning-foreground">
                      <TriangleAlert aria-hidden="true" className="size-3.5" />
                      No source: flagged for the clinician to confirm
                    </p>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <div className="mt-5 flex items-center justify-between gap-3 border-t pt-4">
            <p className="text-xs text-muted-foreground">Nothing is final until a clinician signs.</p>
            {/* Looks like the real control but is plain text: an illustration must not offer a button that does nothing. */}
            <span className={buttonVariants({ size: 'sm', className: 'pointer-events-none' })}>
              <PenLine aria-hidden="true" />
              Review &amp; sign
            </span>
          </div>
        </CardContent>
      </Card>
      <figcaption className="mt-3 text-center text-sm text-muted-foreground">
        Example with fictional content: each sentence links to its source, and anything without one is flagged.
      </figcaption>
    </figure>
  );
}
