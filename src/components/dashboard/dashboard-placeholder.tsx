import { Info } from 'lucide-react';
import { NavIcon } from '@/components/layout/nav-icon';
import { PageHeader } from '@/components/layout/page-header';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { DashboardContent } from '@/content/dashboards';

/** A role's dashboard before sign-in: each panel explains what it will hold, and shows an empty state instead of data. */
export function DashboardPlaceholder({ content }: { content: DashboardContent }) {
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={content.title} description={content.description} />
      <Alert variant="info">
        <Info aria-hidden="true" />
        <AlertTitle>You are not signed in</AlertTitle>
        <AlertDescription>
          <p>{content.notice}</p>
        </AlertDescription>
      </Alert>
      <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        {content.panels.map((panel) => (
          <li key={panel.title} className="flex">
            <Card className="w-full">
              <CardHeader>
                <div className="flex items-center gap-3">
                  <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-md bg-accent text-accent-foreground">
                    <NavIcon name={panel.icon} className="size-5" />
                  </span>
                  <CardTitle as="h2">{panel.title}</CardTitle>
                </div>
                <CardDescription>{panel.description}</CardDescription>
              </CardHeader>
              <p className="mt-auto rounded-md border border-dashed border-input px-4 py-6 text-center text-sm text-muted-foreground">
                {panel.empty}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
