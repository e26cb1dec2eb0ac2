import { UserRound } from 'lucide-react';
import { describeMembership, type AccountSummary } from '@/components/layout/account-summary';
import { NavIcon } from '@/components/layout/nav-icon';
import { PageHeader } from '@/components/layout/page-header';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { DashboardContent } from '@/content/dashboards';

/**
 * A role's dashboard before its features exist: it greets the signed-in person in their role and clinic, and
 * each panel explains what it will hold, with an empty state instead of data.
 */
export function DashboardPlaceholder({ content, account }: { content: DashboardContent; account: AccountSummary }) {
  return (
    <div className="flex flex-col gap-8">
      <PageHeader eyebrow={account.active?.clinicName ?? undefined} title={content.title} description={content.description} />
      <Alert variant="info">
        <UserRound aria-hidden="true" />
        <AlertTitle>Welcome, {account.name}</AlertTitle>
        <AlertDescription>
          <p>
            {account.active && <>You are signed in as {describeMembership(account.active)}. </>}
            The panels below fill in as each part of ClinixAI arrives; none of them shows health information yet.
          </p>
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
