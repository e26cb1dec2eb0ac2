import { KeyRound, KeySquare, MonitorSmartphone, ShieldCheck, UserRound } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { GoogleLinkCard } from '@/components/auth/google-link-card';
import { LocalTime } from '@/components/auth/local-time';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { PageHeader } from '@/components/layout/page-header';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { requireSignedIn } from '@/server/access/page-guards';
import { googleSignInEnabled, sessionTimes } from '@/server/auth/auth-page-data';
import { signInWithGoogleAction, signOutEverywhereAction } from '@/server/auth/auth.actions';
import { hasLinkedGoogle } from '@/server/auth/linked-accounts';

export const metadata: Metadata = { title: 'Security settings' };

export default async function SettingsPage() {
  const principal = await requireSignedIn('/settings');
  const times = await sessionTimes();
  const googleEnabled = googleSignInEnabled();
  const googleLinked = googleEnabled && (await hasLinkedGoogle(principal));
  const idleMinutes = Math.round(times.idleTimeoutMs / 60_000);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Security settings" description="Your sign-in details and the sessions of your account." />
      <div className="grid max-w-prose-wide gap-6">
        <Card>
          <CardHeader>
            <UserRound aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Signed in as</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 sm:grid-cols-[8rem_1fr]">
              <dt className="text-muted-foreground">Name</dt>
              <dd className="font-medium break-words">{principal.name ?? '—'}</dd>
              <dt className="text-muted-foreground">Email</dt>
              <dd className="font-medium break-all">{principal.email}</dd>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <MonitorSmartphone aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Your sessions</CardTitle>
            <CardDescription>
              A session lasts at most 8 hours from sign-in.
              {idleMinutes > 0 && ` In a staff role, it also ends after ${idleMinutes} minutes without activity.`}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {times.signedInAt && times.expiresAt && (
              <dl className="grid gap-3 sm:grid-cols-[8rem_1fr]">
                <dt className="text-muted-foreground">Signed in</dt>
                <dd className="font-medium"><LocalTime iso={times.signedInAt} /></dd>
                <dt className="text-muted-foreground">Ends by</dt>
                <dd className="font-medium"><LocalTime iso={times.expiresAt} /></dd>
              </dl>
            )}
            <p>
              Signed in on a shared or lost device? Sign out of all devices to end every session of your account at once,
              this one included. You can sign in again straight away.
            </p>
          </CardContent>
          <CardFooter>
            <SignOutButton action={signOutEverywhereAction} everywhere variant="destructive" />
          </CardFooter>
        </Card>

        <Card>
          <CardHeader>
            <KeyRound aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Password</CardTitle>
            <CardDescription>
              To change your password, we email you a link. Choosing a new password signs you out on every device.
            </CardDescription>
          </CardHeader>
          <CardFooter>
            <Link href="/forgot-password" className="text-sm font-medium text-primary underline hover:no-underline">
              Email me a link to change my password
            </Link>
          </CardFooter>
        </Card>

        {googleEnabled && <GoogleLinkCard linked={googleLinked} action={signInWithGoogleAction} />}

        <Card>
          <CardHeader>
            <KeySquare aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">API tokens</CardTitle>
            <CardDescription>Personal tokens for scripts and integrations that call the JSON API as you.</CardDescription>
          </CardHeader>
          <CardFooter>
            <Link href="/settings/api-tokens" className="text-sm font-medium text-primary underline hover:no-underline">
              Manage API tokens
            </Link>
          </CardFooter>
        </Card>

        <Card>
          <CardHeader>
            <ShieldCheck aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Privacy</CardTitle>
            <CardDescription>Your consent history and receipt, and a download of the data we hold about you.</CardDescription>
          </CardHeader>
          <CardFooter>
            <Link href="/settings/privacy" className="text-sm font-medium text-primary underline hover:no-underline">
              Open the privacy center
            </Link>
          </CardFooter>
        </Card>
      </div>
    </div>
  );
}
