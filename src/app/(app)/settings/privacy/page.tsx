import { Eye, FileDown, History, ReceiptText } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { DeleteAccountCard } from '@/components/account-deletion/delete-account-card';
import { ConsentTimeline } from '@/components/privacy/consent-timeline';
import { DownloadLink } from '@/components/privacy/download-link';
import { ExportPanel } from '@/components/privacy/export-panel';
import { RecordAccessList } from '@/components/privacy/record-access-list';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { requireSignedIn } from '@/server/access/page-guards';
import { signInWithGoogleAction } from '@/server/auth/auth.actions';
import { auth } from '@/server/auth/auth';
import { accountDeletionStatus } from '@/server/privacy/account-deletion';
import { cancelAccountDeletionAction, requestAccountDeletionAction } from '@/server/privacy/account-deletion.actions';
import { listConsentHistory } from '@/server/privacy/consent-history';
import { latestDataExport } from '@/server/privacy/export-jobs';
import { listRecordAccess } from '@/server/privacy/list-record-access';

export const metadata: Metadata = { title: 'Privacy center' };

export default async function PrivacyCenterPage() {
  const principal = await requireSignedIn('/settings/privacy');
  const [history, { accesses }, session, latestExport] = await Promise.all([
    listConsentHistory(principal),
    listRecordAccess(principal),
    auth(),
    latestDataExport(principal),
  ]);
  const deletion = await accountDeletionStatus(principal, { signedInAtMs: session?.signedInAt ?? 0, baseUrl: '' });

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Privacy center"
        description="Your cookie choices over time, a receipt of the one in effect, who opened your chart, a copy of the data we hold about you, and deleting your account."
        eyebrow={<Link href="/settings" className="underline hover:no-underline">Settings</Link>}
      />
      <div className="grid max-w-prose-wide gap-6">
        <Card>
          <CardHeader>
            <FileDown aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Download my data</CardTitle>
            <CardDescription>
              Your account, your clinic memberships, every patient record linked to you (details, problems, allergies,
              medications, observations, appointments) and your consent history. FHIR R4 is the format other health
              systems can import. It is prepared in the background; you can watch its progress here.
            </CardDescription>
          </CardHeader>
          <CardFooter>
            <ExportPanel latest={latestExport} />
          </CardFooter>
        </Card>

        <Card>
          <CardHeader>
            <ReceiptText aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Consent receipt</CardTitle>
            <CardDescription>
              A record of the cookie consent in effect: its id, the categories allowed, the policy version, when it was
              given and how.
            </CardDescription>
          </CardHeader>
          <CardFooter>
            <DownloadLink href="/api/v1/me/consent-receipt">Download consent receipt</DownloadLink>
          </CardFooter>
        </Card>

        <Card>
          <CardHeader>
            <Eye aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Who viewed my record</CardTitle>
            <CardDescription>
              Every time someone opened your chart at a clinic, or a copy of it was downloaded, from the clinic&apos;s audit
              trail: who, in which role, where and when, newest first. Refused attempts are listed too.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <RecordAccessList accesses={accesses} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <History aria-hidden="true" className="size-6 text-primary" />
            <CardTitle as="h2">Consent history</CardTitle>
            <CardDescription>Every cookie choice linked to your account, newest first.</CardDescription>
          </CardHeader>
          <CardContent>
            <ConsentTimeline entries={history} />
          </CardContent>
        </Card>

        <DeleteAccountCard
          status={deletion}
          actions={{ request: requestAccountDeletionAction, cancel: cancelAccountDeletionAction, reauthenticate: signInWithGoogleAction }}
        />
      </div>
    </div>
  );
}
