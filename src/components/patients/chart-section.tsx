import type { ReactNode } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

/** A titled section of a chart; its heading labels the region so screen-reader users can jump between sections. */
export function ChartSection({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-heading`} role="region">
      <CardHeader>
        <CardTitle as="h2" id={`${id}-heading`}>
          {title}
        </CardTitle>
        {description && <CardDescription>{description}</CardDescription>}
      </CardHeader>
      <CardContent className="flex flex-col gap-6">{children}</CardContent>
    </Card>
  );
}

/** A form tucked under a disclosure, so the chart reads first and edits are one click away. */
export function AddDisclosure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="rounded-md border border-border p-4 open:pb-6">
      <summary className="cursor-pointer font-medium text-primary">{label}</summary>
      <div className="mt-4">{children}</div>
    </details>
  );
}
