import { Building2, CircleAlert } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { PageHeader } from '@/components/layout/page-header';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { homeOf, requireSignedIn } from '@/server/access/page-guards';
import { signOutAction } from '@/server/auth/auth.actions';

export const metadata: Metadata = { title: 'Getting started' };

type DashboardPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where sign-in lands: the active role's dashboard, or, for someone without a clinic yet, the next step. */
export default async function DashboardPage({ searchParams }: DashboardPageProps) {
  const principal = await requireSignedIn('/dashboard');
  const { error } = await searchParams;
  const home = homeOf(principal);
  // The role switcher lands here when a switch was refused; say so instead of moving on silently.
  if (home && error !== 'role') redirect(home);

  if (home) {
    return (
      <div className="flex flex-col gap-8">
        <PageHeader title="Your role was not changed" />
        <Alert role="alert" variant="destructive">
          <CircleAlert aria-hidden="true" />
          <AlertTitle>That role could not be selected</AlertTitle>
          <AlertDescription className="text-foreground">
            <p>Choose a role from the menu under your name, or carry on in the one you have.</p>
          </AlertDescription>
        </Alert>
        <Button asChild className="w-fit">
          <Link href={home}>Go to your dashboard</Link>
        </Button>
      </div>
    );
  }

  const firstName = principal.name?.trim().split(/\s+/)[0];
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="You are signed in"
        description={firstName ? `Welcome to ClinixAI, ${firstName}. Your account is ready.` : 'Welcome to ClinixAI. Your account is ready.'}
      />
      <Card className="max-w-prose-wide">
        <CardHeader>
          <Building2 aria-hidden="true" className="size-6 text-primary" />
          <CardTitle as="h2">Choose your clinic</CardTitle>
          <CardDescription>
            Your next step is to join the clinic where you receive care. Once you have, you can book visits, fill in
            your pre-visit questions and message your care team from here.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-2">
          <p>Choose your clinic from the list and complete your profile: your clinic then sees your record, and you see it too.</p>
          <p className="text-muted-foreground">Nothing else is needed from you today. We never show health information until you have joined a clinic.</p>
        </CardContent>
        <CardFooter className="flex-wrap">
          <Button asChild>
            <Link href="/onboarding">Choose your clinic</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/settings">Security settings</Link>
          </Button>
          <SignOutButton action={signOutAction} variant="ghost" />
        </CardFooter>
      </Card>
    </div>
  );
}
